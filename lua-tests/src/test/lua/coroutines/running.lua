-- coroutine.running: the running coroutine and whether it is the main one
local main, ismain = coroutine.running()
print(type(main), ismain)
local co
co = coroutine.create(function ()
  local c, m = coroutine.running()
  print(c == co, m, coroutine.status(c))
  print(coroutine.resume(main))
end)
coroutine.resume(co)
print(coroutine.running() == main, coroutine.status(main))
print(tostring(co):match("^thread: ") ~= nil, type(co))
