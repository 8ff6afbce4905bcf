-- strings share one metatable whose __index is the string table, so methods work on any string
local mt = getmetatable("")
print(type(mt), mt.__index == string, getmetatable("abc") == mt)
print(("hello"):upper(), ("%d-%d"):format(1, 2), ("x"):rep(3))
local s = "lua"
print(s:len(), #s, s:byte(1, -1))
print(("abc").len == string.len, ("abc").nosuch)
function string.shout(x) return x:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function () return ("x"):shout() end))
print(getmetatable("").__name, rawequal(getmetatable("a"), getmetatable("b")))
