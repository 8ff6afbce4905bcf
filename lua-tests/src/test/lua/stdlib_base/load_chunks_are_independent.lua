-- Each loaded chunk has its own locals but shares the globals.
local a = load("local x = 1; shared = 'from a'; return x")
local b = load("return x, shared")
print(a())
print(b())
local f1, f2 = load("return {}"), load("return {}")
print(f1 ~= f2, f1() ~= f1())
