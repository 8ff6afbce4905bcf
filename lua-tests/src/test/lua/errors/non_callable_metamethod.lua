-- calling a metamethod that is not a function names it: (metamethod 'add'), 'lt', 'close'...
local mt = {__add = 34, __lt = {}, __le = "x", __unm = true, __concat = 1, __eq = 2,
            __len = 5, __band = 6, __shl = 7, __idiv = 8}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(pcall(function () return a + 1 end))
print(pcall(function () return 1 - a end))
print(pcall(function () return a > a end))
print(pcall(function () return a <= 3 end))
print(pcall(function () return -a end))
print(pcall(function () return a .. "x" end))
print(pcall(function () return #a end))
print(pcall(function () return a == b end))
print(pcall(function () return a & 1 end))
print(pcall(function () return a << 1 end))
print(pcall(function () return a // 1 end))
print(pcall(function () local x <close> = setmetatable({}, {__close = 4}) end))
print(pcall(function () do local x <close> = setmetatable({}, {__close = 4}) end return 1 end))
