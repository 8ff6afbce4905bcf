-- ipairs(t) returns an iterator, t and 0; the iterator can be called directly.
local t = {10, 20}
local f, s, i = ipairs(t)
print(s == t, i)
print(f(t, 0))
print(f(t, 1))
print(f(t, 2))
