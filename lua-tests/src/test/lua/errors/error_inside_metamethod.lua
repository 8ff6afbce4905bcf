-- Errors raised in metamethods propagate to the caller like any other.
local t = setmetatable({}, {__index = function(_, k) error("no field " .. k, 0) end})
print(pcall(function() return t.missing end))
local u = setmetatable({}, {__add = function() return nil + 1 end})
print(pcall(function() return u + 1 end))
