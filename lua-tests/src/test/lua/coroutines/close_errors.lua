-- coroutine.close refuses a running or a normal coroutine, and non-coroutines
local co
co = coroutine.create(function () return pcall(coroutine.close, co) end)
print(coroutine.resume(co))
local outer
outer = coroutine.create(function ()
  local inner = coroutine.create(function () return pcall(coroutine.close, outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
print(pcall(coroutine.close, coroutine.running()))
print(pcall(coroutine.close, {}))
print(pcall(coroutine.close))
