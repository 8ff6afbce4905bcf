-- For a sequence '#' is its number of elements, however the table was built.
local t = {}
for i = 1, 1000 do t[i] = i end
print(#t)
for i = 1000, 501, -1 do t[i] = nil end
print(#t)
local u = {n = 3}
u[3] = "c"; u[2] = "b"; u[1] = "a"
print(#u)
local v = {1, 2, 3, nil}
print(#v)
