-- table.move: overlapping moves in either direction, into another table, its result and its errors
local function show(t, n) local r = {} for i = 1, n do r[i] = tostring(t[i]) end return table.concat(r, ",") end
local t = {1, 2, 3, 4, 5}
table.move(t, 1, 3, 2)
print(show(t, 5))
t = {1, 2, 3, 4, 5}
table.move(t, 2, 5, 1)
print(show(t, 5))
local a, b = {1, 2, 3}, {}
print(table.move(a, 1, 3, 2, b) == b, show(b, 4))
print(table.move(a, 2, 1, 1) == a, show(a, 3))
print(pcall(table.move, {}, 1, math.maxinteger, 2))
print(pcall(table.move, {}, -1, math.maxinteger, 2))
print(select("#", pcall(table.move, {1}, 1, 1, math.maxinteger)))
print(pcall(table.move, {1}, 1, 1, 1, 1))
print(pcall(table.move, {1}, 1, 1, 1, "abc"))
print(pcall(table.move, 1, 1, 1, 1))
print(pcall(table.move, {}, 1))
local c = table.move({1, 2, 3}, 1, 3, math.maxinteger - 2)
print(c[math.maxinteger], c[math.maxinteger - 2])
