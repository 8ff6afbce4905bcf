-- an uncaught error from a wrapped coroutine stops the program with both positions
local f = coroutine.wrap(function ()
  coroutine.yield(1)
  error("failed on second call")
end)
print(f())
f()
