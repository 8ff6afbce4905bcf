-- coroutine.wrap gives a function that resumes the coroutine and returns its values directly
local gen = coroutine.wrap(function (n)
  for i = 1, n do coroutine.yield(i, i * i) end
  return "done"
end)
print(gen(3))
print(gen())
print(gen())
print(gen())
print(pcall(gen))
print(type(gen), pcall(coroutine.wrap, 42))
print(pcall(coroutine.wrap))
