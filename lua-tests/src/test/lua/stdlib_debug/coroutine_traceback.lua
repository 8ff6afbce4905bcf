-- a suspended coroutine's traceback starts at its yield and ends at its body: no C caller
local function f (n)
  if n > 0 then f(n-1)
  else coroutine.yield() end
end
local co = coroutine.create(f)
coroutine.resume(co, 3)
print(debug.traceback(co))
print(debug.traceback(co, nil, 1))
print(debug.traceback(co, nil, 4))
print(debug.traceback(co, nil, 40))
print(debug.traceback(co, "msg", 0))
