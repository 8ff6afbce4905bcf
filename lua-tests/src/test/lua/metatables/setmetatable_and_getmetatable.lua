-- setmetatable returns its table; nil removes the metatable.
local mt = {}
local t = {}
print(setmetatable(t, mt) == t, getmetatable(t) == mt)
setmetatable(t, nil)
print(getmetatable(t))
print(getmetatable({}), getmetatable(1), getmetatable(nil), getmetatable(print))
