-- a library closure (string.gmatch's iterator) shows its subject and pattern as upvalues
-- with empty names; upvaluejoin refuses it; a missing upvalue gives no values
local f = string.gmatch("hello", "l+")
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(select("#", debug.getupvalue(f, 10)))
print(select("#", debug.getupvalue(print, 1)))
print(debug.upvalueid(f, 1) ~= nil, debug.upvalueid(f, 1) == debug.upvalueid(f, 1))
print(debug.upvalueid(f, 1) ~= debug.upvalueid(f, 2))
print(debug.upvalueid(print, 1))
print(pcall(debug.upvaluejoin, f, 1, function () return f end, 1))
print(pcall(debug.upvaluejoin, function () return f end, 1, f, 1))
print(f(), f())
print(debug.getinfo(f, "u").nups, debug.getinfo(print, "u").nups)
