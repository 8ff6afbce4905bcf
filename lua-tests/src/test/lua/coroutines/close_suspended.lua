-- coroutine.close on a suspended coroutine closes its pending to-be-closed variables, innermost first, and kills it
local function closer(name)
  return setmetatable({}, {__close = function (_, err) print("closing", name, err) end})
end
local co = coroutine.create(function ()
  local a <close> = closer("a")
  do
    local b <close> = closer("b")
    coroutine.yield("inside")
  end
  print("never reached")
end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.close(coroutine.create(print)))
local done = coroutine.create(function () return 1 end)
coroutine.resume(done)
print(coroutine.close(done))
