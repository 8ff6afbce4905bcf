-- Lua 5.4 no longer emulates __le with __lt.
local t = setmetatable({}, {__lt = function() return true end})
print(t < t)
print(pcall(function() return t <= t end))
