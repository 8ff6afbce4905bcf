-- %p: equal short strings share an address (interned), long strings and tables do not
local s1 = string.rep("a", 10)
local s2 = string.rep("aa", 5)
print(string.format("%p", s1) == string.format("%p", s2))
local l1 = string.rep("a", 300)
local l2 = string.rep("a", 300)
print(string.format("%p", l1) == string.format("%p", l2))
print(string.format("%p", {}) == string.format("%p", {}))
print(string.format("%p", 1), string.format("%p", true), string.format("%p", nil))
local t = {}
print(string.format("%p", t) == string.format("%p", t))
