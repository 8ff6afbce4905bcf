-- A traceback names a library function by where package.loaded holds it ("string.rep",
-- "print"), and any other Java function (coroutine.wrap's, iterators) by how its caller
-- named it, as luaL_traceback does
local co = coroutine.wrap(function() error("in the coroutine") end)
local t = {wrapped = coroutine.wrap(function() error("again") end)}
local rep = string.rep
print(select(2, xpcall(function() co() end, debug.traceback)))
print(select(2, xpcall(function() t.wrapped() end, debug.traceback)))
print(select(2, xpcall(function() local alias = co; alias() end, debug.traceback)))
print(select(2, xpcall(function() rep() end, debug.traceback)))
print(select(2, xpcall(function() for w in ("a"):gmatch("a") do error("in the loop") end end, debug.traceback)))
