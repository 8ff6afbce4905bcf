-- print converts each argument as tostring does, honouring __tostring.
local v = setmetatable({}, {__tostring = function() return "custom" end})
print(v, 1.5, -0.0, 2^63)
print(pcall(print, setmetatable({}, {__tostring = function() return {} end})))
