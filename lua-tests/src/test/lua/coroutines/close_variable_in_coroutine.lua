-- to-be-closed variables of a coroutine close normally when it finishes, and with the error when it fails
local function closer(name)
  return setmetatable({}, {__close = function (_, err) print("closing", name, err) end})
end
local co = coroutine.wrap(function ()
  local a <close> = closer("a")
  coroutine.yield("suspended with a open")
  return "returned"
end)
print(co())
print(co())
local failing = coroutine.create(function ()
  local b <close> = closer("b")
  coroutine.yield()
  error("failure", 0)
end)
coroutine.resume(failing)
print(coroutine.resume(failing))
print(coroutine.close(failing))
