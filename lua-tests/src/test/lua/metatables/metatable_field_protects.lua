-- __metatable is what getmetatable returns, and it forbids setmetatable.
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
local hidden = setmetatable({}, {__metatable = false})
print(getmetatable(hidden))
