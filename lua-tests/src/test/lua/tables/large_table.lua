-- Tables grow to many entries in both the array and the hash part.
local t = {}
for i = 1, 100000 do t[i] = i * 2 end
for i = 1, 100000 do t["k" .. i] = i end
local sum = 0
for i = 1, #t do sum = sum + t[i] end
print(#t, sum, t["k100000"], t[50000])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
