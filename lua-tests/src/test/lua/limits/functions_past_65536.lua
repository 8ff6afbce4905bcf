-- A function may hold more than 65,536 nested functions (C Lua allows 131,071).
local parts = {"local t = {}"}
for i = 1, 70000 do parts[#parts + 1] = ("t[%d] = function() return %d end"):format(i, i) end
parts[#parts + 1] = "return t"
local t = assert(load(table.concat(parts, "\n")))()
print(#t, t[1](), t[65536](), t[65537](), t[70000]())
