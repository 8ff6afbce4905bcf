-- a function loaded from a stripped dump has no line information: the VM's errors say
-- "?:-1:", while error() adds no position at all
local f = assert(load(string.dump(function (a) return a + 1 end, true)))
print(f(3))
print(pcall(f, {}))
f = assert(load(string.dump(function () local a; a = {}; return a + 2 end, true)))
print(pcall(f))
print(pcall(assert(load(string.dump(function () error("x") end, true)))))
print(pcall(assert(load(string.dump(function () local t = nil; return t.x end, true)))))
print(debug.getinfo(f, "S").source, debug.getinfo(f, "S").short_src)
