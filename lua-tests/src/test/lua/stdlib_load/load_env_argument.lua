-- load's fourth argument is the chunk's first upvalue (_ENV), even nil; absent, it is the globals
local env = {print = print, x = "from env"}
load("print(x)", "c", "t", env)()
print(pcall(load("return x", "c", "t", nil)))
print(load("return _ENV", "c", "t", 42)())
print(load("return x")(), load("return _ENV == _G")())
local f = load("y = 10", "c", "t", env)
f()
print(env.y, y)
local g = load("local a = ...; return a", "c", "t", {})
print(g("no globals needed"))
