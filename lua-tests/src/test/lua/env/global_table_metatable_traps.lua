-- A metatable on _G can trap reads and writes of undeclared globals.
local declared = {}
setmetatable(_G, {
  __newindex = function(t, k, v) declared[k] = true; rawset(t, k, v) end,
  __index = function(_, k) error("undefined global '" .. tostring(k) .. "'", 2) end,
})
defined = 1
print(defined, declared.defined)
print(pcall(function() return undefinedname end))
setmetatable(_G, nil)
print(undefinedname)
