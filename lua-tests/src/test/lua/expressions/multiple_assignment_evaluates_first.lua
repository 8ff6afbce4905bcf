-- In a multiple assignment all expressions are evaluated before any assignment.
local a, b = 1, 2
a, b = b, a
print(a, b)
local i = 3
local t = {}
i, t[i] = i + 1, 20
print(i, t[3], t[4])
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
