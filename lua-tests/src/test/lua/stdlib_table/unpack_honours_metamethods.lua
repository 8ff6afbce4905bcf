-- table.unpack reads elements with __index and the default end with __len
local t = setmetatable({}, {
  __index = function (_, i) return i * i end,
  __len = function () return 4 end,
})
print(table.unpack(t))
print(table.unpack(t, 3, 6))
print(table.unpack("abc", 1, 0))
print(pcall(table.unpack, "abc"))
