-- a chunk run by dofile may yield, also when dofile is the coroutine's body
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write[[
local x, z = coroutine.yield(10)
local y = coroutine.yield(20)
return x + y * z, "second"
]]
f:close()
local co = coroutine.wrap(dofile)
print(co(name))
print(co(100, 101))
print(co(200))
co = coroutine.wrap(function (n)
  local a, b = dofile(n)
  return "got", a, b
end)
print(co(name))
print(co(1, 2))
print(co(3))
print(pcall(dofile, name))
os.remove(name)
