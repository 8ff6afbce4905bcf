-- A loop of __index tables is detected instead of running forever.
local a, b = {}, {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
print(pcall(function() return a.missing end))
local c = {}
setmetatable(c, {__newindex = c})
print(pcall(function() c.x = 1 end))
