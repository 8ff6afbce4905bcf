-- assert returns all its arguments on success and raises its message on failure.
print(assert(1, 2, 3))
print(assert("value"))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, 42))
local t = {}
local ok, e = pcall(assert, false, t)
print(ok, e == t)
print(pcall(assert))
