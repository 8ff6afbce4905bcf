-- __gc runs once for a table that became unreachable, with the table; not for reachable
-- ones, nor when __gc was added to the metatable after setmetatable
local name, arg
setmetatable({tag = "first"}, {__gc = function (o)
  local t = debug.getinfo(1, "n")
  name, arg = t.namewhat .. " " .. t.name, o.tag
end})
repeat local a = {} until name   -- finalizers also run while a program allocates
print(name, arg)
local n = 0
for i = 1, 5 do setmetatable({}, {__gc = function () n = n + 1 end}) end
collectgarbage()
collectgarbage()   -- (a second one for jlua, whose collector runs beside the program)
print(n)
collectgarbage()
print(n)
local kept = setmetatable({}, {__gc = function () n = n + 100 end})
collectgarbage()
print(n, kept ~= nil)
kept = nil
collectgarbage()
collectgarbage()
print(n)
local mt = {}
local u = setmetatable({}, mt)
mt.__gc = function () n = n + 1000 end
u = nil
collectgarbage()
print(n)
setmetatable({}, {__gc = function () error("in a finalizer") end})
collectgarbage()
print("an error in __gc is a warning")
print(collectgarbage("isrunning"))
collectgarbage("stop")
print(collectgarbage("isrunning"))
collectgarbage("restart")
print(collectgarbage("isrunning"))
