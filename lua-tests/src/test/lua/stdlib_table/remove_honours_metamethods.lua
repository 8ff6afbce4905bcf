-- table.remove uses __len for the length and __index/__newindex to move elements
local log = {}
local store = {"a", "b", "c"}
local proxy = setmetatable({}, {
  __len = function () return #store end,
  __index = function (_, k) log[#log + 1] = "get" .. k; return store[k] end,
  __newindex = function (_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v); store[k] = v end,
})
print(table.remove(proxy, 1))
print(table.concat(log, " "))
log = {}
print(table.remove(proxy))
print(table.concat(log, " "))
