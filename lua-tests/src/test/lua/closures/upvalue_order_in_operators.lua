-- Upvalues are numbered in the order their names are read, also in comparisons and
-- arithmetic with constants.
local a, b, c, d = 1, 2, 3, 4
local function f() return a == b, c < d end
for i = 1, 4 do print(debug.getupvalue(f, i)) end
local function g() return 1 < a, b + 2, 3 * c end
for i = 1, 3 do print(debug.getupvalue(g, i)) end
