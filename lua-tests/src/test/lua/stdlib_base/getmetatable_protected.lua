-- getmetatable returns the __metatable field when present.
local t = setmetatable({}, {__metatable = {"decoy"}})
print(getmetatable(t)[1])
local u = setmetatable({}, {__metatable = 0})
print(getmetatable(u))
