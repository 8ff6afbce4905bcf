-- a coroutine may yield from inside xpcall; the handler still sees a later error
local co = coroutine.wrap(function ()
  local ok, v = xpcall(function ()
    local x = coroutine.yield("in xpcall")
    error({x = x})
  end, function (e) return "handled " .. e.x end)
  print(ok, v)
  print(xpcall(function (...) return coroutine.yield(...) end, print, "a", "b"))
  return "end"
end)
print(co())
print(co(7))
print(co("r1", "r2"))
