-- a coroutine may resume another; each yield goes back to its own resumer
local inner = coroutine.wrap(function ()
  coroutine.yield("inner 1")
  coroutine.yield("inner 2")
  return "inner done"
end)
local outer = coroutine.wrap(function ()
  print("outer got", inner())
  coroutine.yield("outer 1")
  print("outer got", inner())
  coroutine.yield("outer 2")
  print("outer got", inner())
  return "outer done"
end)
print(outer())
print(outer())
print(outer())
