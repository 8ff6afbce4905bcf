-- os.exit inside a coroutine ends the whole program, not just the coroutine
local co = coroutine.wrap(function ()
  print("in coroutine")
  os.exit(0)
  print("never printed")
end)
co()
print("never printed either")
