-- A function returns any number of values; calls adjust them to the context.
local function none() end
local function one() return 1 end
local function three() return 1, 2, 3 end
print(none())
print(one(), three())
print(three(), one())
print(select("#", none()), select("#", three()))
local a, b, c, d = three()
print(a, b, c, d)
