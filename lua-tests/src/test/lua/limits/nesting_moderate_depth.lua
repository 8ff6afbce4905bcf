-- Moderate nesting, well inside Lua's limits, compiles and runs correctly.
local function rep(s, n) local r = "" for _ = 1, n do r = r .. s end return r end
print(load("return " .. rep("(", 100) .. "42" .. rep(")", 100))())
local t = load("return " .. rep("{", 100) .. "'deep'" .. rep("}", 100))()
for _ = 1, 100 do t = t[1] end
print(t)
print(load(rep("do ", 100) .. "return 'blocks'" .. rep(" end", 100))())
print(load(rep("if true then ", 100) .. "return 'ifs'" .. rep(" end", 100))())
local f = load(rep("return function() ", 30) .. "return 'innermost'" .. rep(" end", 30))
for _ = 1, 31 do f = f() end
print(f)
