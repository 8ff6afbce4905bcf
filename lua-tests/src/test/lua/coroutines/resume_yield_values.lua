-- values flow both ways: resume's arguments become the body's parameters, then yield's results;
-- yield's arguments and the body's return values become resume's results
local co = coroutine.create(function (a, b)
  print("start", a, b)
  local c, d = coroutine.yield(a + b)
  print("got", c, d)
  local e = coroutine.yield(c * d, "two", nil)
  print("got", e)
  return "end", e
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 3, 4))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(select("#", coroutine.resume(coroutine.create(function () coroutine.yield() end))))
print(coroutine.resume(coroutine.create(function (...) return select("#", ...), ... end), nil, nil))
