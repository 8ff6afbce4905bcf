-- yielding from the main thread is an error
print(pcall(coroutine.yield, 1))
print(pcall(function () coroutine.yield() end))
coroutine.yield("uncaught")
