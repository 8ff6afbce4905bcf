-- If the first operand has no metamethod, the second operand's is used.
local a = setmetatable({}, {})
local b
b = setmetatable({}, {__add = function(x, y) return x == a and y == b end})
print(a + b, b + a == false)
local left = setmetatable({}, {__add = function() return "left" end})
local right = setmetatable({}, {__add = function() return "right" end})
print(left + right, right + left)
