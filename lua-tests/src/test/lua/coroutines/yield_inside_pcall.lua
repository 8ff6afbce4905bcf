-- a coroutine may yield from inside pcall; an error after resuming is still caught by that pcall
local co = coroutine.create(function ()
  local ok, v = pcall(function ()
    local x = coroutine.yield("in pcall")
    return x * 2
  end)
  print("pcall gave", ok, v)
  ok, v = pcall(function ()
    coroutine.yield("again")
    error("after resume")
  end)
  print("pcall gave", ok, v)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 21))
print(coroutine.resume(co))
print(coroutine.status(co))
