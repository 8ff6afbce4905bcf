-- a value that is not a table is accepted only when its metatable has every metamethod the
-- function needs: __index to read, __newindex to write, __len for the length
print(pcall(table.concat, "abc"))
print(pcall(table.insert, "abc", "x"))
print(pcall(table.unpack, "abc"))
print(pcall(table.unpack, nil))
local store = {"x", "y", "z"}
debug.setmetatable(true, {
  __index = function (_, i) return store[i] end,
  __len = function () return #store end,
})
print(table.concat(true, ","), table.unpack(true))
print(pcall(table.insert, true, "w"))
print(pcall(table.remove, true))
print(pcall(table.sort, true))
print(table.move(true, 1, 2, 1, {})[2])
print(pcall(table.move, {1}, 1, 1, 1, true))
getmetatable(true).__newindex = function (_, i, v) store[i] = v end
table.insert(true, "w")
table.sort(true, function (a, b) return a > b end)
print(table.concat(store, ","), table.remove(true), table.concat(store, ","))
print(table.move({"m"}, 1, 1, 1, true) == true, store[1])
debug.setmetatable(true, nil)
print(pcall(table.concat, true))
