-- table.sort: default order for numbers and strings, a comparator, and a large shuffled array
local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(table.concat(t, ","))
t = {"banana", "apple", "Cherry", "date"}
table.sort(t)
print(table.concat(t, ","))
table.sort(t, function (a, b) return a > b end)
print(table.concat(t, ","))
t = {3.5, 1, -2, 2.25, math.huge, -math.huge}
table.sort(t)
print(table.concat(t, ","))
local big = {}
for i = 1, 1000 do big[i] = (i * 7919) % 1000 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[500], big[1000])
table.sort(big, function (a, b) return a > b end)
print(big[1], big[1000])
local recs = {{n = "b", v = 2}, {n = "a", v = 1}, {n = "c", v = 3}}
table.sort(recs, function (x, y) return x.n < y.n end)
print(recs[1].v, recs[2].v, recs[3].v)
table.sort({})
table.sort({1})
print(select("#", table.sort({2, 1})))
