-- table.remove: the last element, a given position shifting the rest down, #t + 1, empty tables
local t = {1, 2, 3, 4, 5}
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, 2), table.concat(t, ","))
print(table.remove(t, #t + 1), table.concat(t, ","))
print(table.remove({}), select("#", table.remove({})))
print(table.remove({}, 0), table.remove({}, 1))
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
print(pcall(table.remove, {1, 2, 3}, 5))
print(pcall(table.remove, {1, 2, 3}, -1))
print(pcall(table.remove, {}, 2))
print(pcall(table.remove, {}, -1))
local n = {n = 1, [1] = "a", [3] = "c"}
print(table.remove(n, 1), n[1], n[3])
