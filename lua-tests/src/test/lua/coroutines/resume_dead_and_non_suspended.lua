-- resuming a dead coroutine, a running one or a normal one fails with lua5.4's messages
local co = coroutine.create(function () return 1 end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
local self
self = coroutine.create(function () return coroutine.resume(self) end)
print(coroutine.resume(self))
local a, b
a = coroutine.create(function () return coroutine.resume(b) end)
b = coroutine.create(function () return coroutine.resume(a) end)
print(coroutine.resume(a))
print(coroutine.resume(coroutine.running()))
print(pcall(coroutine.resume, 42))
print(pcall(coroutine.resume))
