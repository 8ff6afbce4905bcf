-- values that only an object waiting for its __gc refers to through weak tables are
-- cleared before its finalizer runs, as C Lua's collector clears weak tables first

-- the __gc function itself, held only by the object's weak-valued metatable: it is gone
-- by the time the finalizer would run, so nothing runs
local u = setmetatable({}, {__gc = true})
setmetatable(getmetatable(u), {__mode = "v"})
getmetatable(u).__gc = function (o) print("finalizer ran: wrong") end
u = nil
collectgarbage()
print("no finalizer ran")

-- a weak table reachable only from the object: its collectable keys and values are
-- already cleared when the finalizer looks
local ran
local v = setmetatable({}, {__gc = true})
local mt = getmetatable(v)
mt.x = setmetatable({[{0}] = 1, [0] = {1}, keep = "string"}, {__mode = "kv"})
mt.__gc = function (o)
  local x = getmetatable(o).x
  local n = 0
  for k, val in pairs(x) do n = n + 1 end
  ran = "entries left: " .. n .. ", string value: " .. tostring(x.keep)
end
v, mt = nil
collectgarbage()
print(ran)

-- a value that something else still holds stays
local held = {}
local w = setmetatable({}, {__gc = function (o) print("held value kept", getmetatable(o).t[1] == held) end})
getmetatable(w).t = setmetatable({held}, {__mode = "v"})
w = nil
collectgarbage()
