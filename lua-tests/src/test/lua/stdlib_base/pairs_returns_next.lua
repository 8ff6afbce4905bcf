-- Without __pairs, pairs(t) returns next, t and nil.
local t = {}
local f, s, k = pairs(t)
print(f == next, s == t, k)
print(pcall(pairs))
