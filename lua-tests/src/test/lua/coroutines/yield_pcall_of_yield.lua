-- pcall and xpcall may call coroutine.yield itself; the resumed values come back after true
local co = coroutine.wrap(function ()
  print("pcall", pcall(coroutine.yield, "from pcall"))
  print("xpcall", xpcall(coroutine.yield, print, "from xpcall"))
  print("nested", pcall(pcall, coroutine.yield, "from nested pcall"))
  print("isyieldable", pcall(coroutine.isyieldable))
  return "end"
end)
print(co())
print(co("a", "b"))
print(co())
print(co("c"))
