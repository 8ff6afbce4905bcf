-- table.sort errors: incomparable values, a bad comparator argument, an invalid order function
print(pcall(table.sort, {1, "x", 2}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {3, 2, 1}, 42))
print(pcall(table.sort, {3, 2, 1}, "x"))
print(pcall(table.sort, 42))
local t = {}
for i = 1, 100 do t[i] = i % 7 end
print(pcall(table.sort, t, function (a, b) return true end))
print(pcall(table.sort, {1, 2, 3}, function (a, b) error("cmp failed") end))
print(pcall(table.sort, setmetatable({}, {__len = function () return math.maxinteger end})))
