-- a value that may come from either branch of 'and'/'or' has no variable name in messages,
-- while a plain variable still has
aaa = {}
print(pcall(load "x = (aaa or aaa) + (aaa and aaa)"))
print(pcall(load "(aaa or aaa)()"))
print(pcall(load "local a, b, c = 1, 1, 1; ((a and b) or c)()"))
print(pcall(load "local a, b, c, f = 1, 1, 1; f((a and b) or c)"))
print(pcall(load "aaa = 1; local aaa, bbbb = 2, 3; aaa = bbbb(1) or aaa(3)"))
print(pcall(load "local t = {}; local x = t.y and t.y.z or t.w.v"))
