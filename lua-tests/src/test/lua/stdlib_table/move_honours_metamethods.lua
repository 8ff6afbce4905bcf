-- table.move reads with __index and writes with __newindex, in an order that survives overlap
local log = {}
local src = setmetatable({}, {__index = function (_, k) log[#log + 1] = "r" .. k; return k * 10 end})
local dst = setmetatable({}, {__newindex = function (t, k, v) log[#log + 1] = "w" .. k .. "=" .. v; rawset(t, k, v) end})
table.move(src, 1, 3, 5, dst)
print(table.concat(log, " "))
log = {}
local same = setmetatable({}, {
  __index = function (_, k) log[#log + 1] = "r" .. k; return k end,
  __newindex = function (_, k, v) log[#log + 1] = "w" .. k .. "=" .. v end,
})
table.move(same, 1, 3, 2)
print(table.concat(log, " "))
