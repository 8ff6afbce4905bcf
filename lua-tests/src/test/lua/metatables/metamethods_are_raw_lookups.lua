-- Metamethods are looked up with rawget: a metatable's own __index is not consulted.
local methods = {__add = function() return "found" end}
local mt = setmetatable({}, {__index = methods})
local t = setmetatable({}, mt)
print(pcall(function() return t + 1 end))
mt.__add = methods.__add
print(t + 1)
