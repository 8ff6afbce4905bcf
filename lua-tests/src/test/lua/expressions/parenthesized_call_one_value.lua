-- Parentheses around a call (or '...') keep only its first value.
local function three() return 1, 2, 3 end
print(three())
print((three()))
local function none() end
print((none()))
local t = {(three())}
print(#t)
local a, b = (three())
print(a, b)
