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
-- called from a Lua function, a string message gets that function's position, as error's
-- does at level 1; other messages stay as they are
print(pcall(function () assert(false) end))
print(pcall(function () assert(nil, "custom message") end))
print(pcall(function () assert(false, 42) end))
print(pcall(function () assert(io.open("/nonexistent/dir/file")) end))
