-- Stores of a constant value (t[i] = true, t.x = 0, constructors): values, __newindex,
-- and errors, with folding on and off.
local t = {}
for i = 1, 5 do t[i] = false end
t[3] = true; t.x = 0; t.s = "str"; t[2.5] = 1.5; t.n = nil; t["k y"] = true
print(t[1], t[3], t.x, t.s, t[2.5], t.n, t["k y"], #t)
local u = {a = 1, b = "two", [1] = true, [2] = false, c = nil, [3.0] = 7}
print(u.a, u.b, u[1], u[2], u.c, u[3])
local log = setmetatable({}, {__newindex = function(t, k, v) print("newindex", k, v, math.type(v)) rawset(t, k, v) end})
log.a = 1; log[2] = "x"; log.b = false; log[1.5] = 2.0
print(pcall(function() local z; z.f = 1 end))
print(pcall(function() local z; z[1] = true end))
print(pcall(function() local z = {}; z[nil] = 1 end))
print(pcall(function() local z = {}; z[0/0] = true end))
local c <const> = 42
local w = {}; w.c = c; w[c] = c
print(w.c, w[42])
