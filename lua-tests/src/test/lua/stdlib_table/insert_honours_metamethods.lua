-- table.insert uses __len for the length and __index/__newindex to move elements
local log = {}
local store = {"a", "b"}
local proxy = setmetatable({}, {
  __len = function () return #store end,
  __index = function (_, k) log[#log + 1] = "get" .. k; return store[k] end,
  __newindex = function (_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v); store[k] = v end,
})
table.insert(proxy, "c")
table.insert(proxy, 1, "z")
print(table.concat(store, ","))
print(table.concat(log, " "))
