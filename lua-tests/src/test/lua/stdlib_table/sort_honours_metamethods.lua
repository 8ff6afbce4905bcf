-- table.sort reads and writes through __index/__newindex, takes __len, and compares with __lt
local store = {30, 10, 20}
local proxy = setmetatable({}, {
  __len = function () return #store end,
  __index = function (_, k) return store[k] end,
  __newindex = function (_, k, v) store[k] = v end,
})
table.sort(proxy)
print(table.concat(store, ","))
local mt = {__lt = function (a, b) return a.v < b.v end}
local objs = {}
for i, v in ipairs{4, 1, 3, 2} do objs[i] = setmetatable({v = v}, mt) end
table.sort(objs)
print(objs[1].v, objs[2].v, objs[3].v, objs[4].v)
