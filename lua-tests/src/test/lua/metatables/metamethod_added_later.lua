-- Changes to a metatable take effect immediately.
local mt = {}
local t = setmetatable({}, mt)
print(t.x)
mt.__index = {x = "now present"}
print(t.x)
mt.__index = nil
print(t.x)
