-- Extra values are dropped, missing values are nil; only the last call expands.
local function two() return "a", "b" end
local a, b, c = 1, 2
print(a, b, c)
local d, e = 1, 2, 3
print(d, e)
local f, g, h = two()
print(f, g, h)
local i, j, k = two(), 10
print(i, j, k)
local l, m, n = 0, two()
print(l, m, n)
