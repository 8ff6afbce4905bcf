-- collectgarbage("count") grows as a program allocates, even a little, and falls once
-- what it allocated is collected (upstream gc.lua's "steps" test relies on both)
collectgarbage()
local start = collectgarbage("count")
local t = {}
for i = 1, 100 do t[i] = {{}} end
local grown = collectgarbage("count")
print("grows with 100 tables", grown > start)
t = nil
collectgarbage()
print("falls after a collection", collectgarbage("count") < grown)
print("a number of kilobytes", math.type(collectgarbage("count")))
