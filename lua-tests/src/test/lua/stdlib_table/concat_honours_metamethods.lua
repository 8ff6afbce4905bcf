-- table.concat reads through __index and takes its default end from __len
local proxy = setmetatable({}, {
  __index = function (_, i) return "v" .. i end,
  __len = function () return 4 end,
})
print(table.concat(proxy, ","))
print(table.concat(proxy, ",", 2, 3))
print(pcall(table.concat, setmetatable({}, {__len = function () return "x" end})))
print(pcall(table.concat, setmetatable({}, {__len = function () return 2.5 end})))
