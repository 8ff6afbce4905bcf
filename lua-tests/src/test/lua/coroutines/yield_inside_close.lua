-- a __close metamethod may yield: at the end of a block, at a return (whose values are
-- kept, however many), and when __close is coroutine.yield itself
local function closer(f) return setmetatable({}, {__close = f}) end
local trace = {}
local co = coroutine.wrap(function ()
  local x <close> = closer(function (_, msg)
    trace[#trace + 1] = "x1 " .. tostring(msg)
    coroutine.yield("x")
    trace[#trace + 1] = "x2"
  end)
  return pcall(function ()
    do
      local z <close> = closer(function ()
        trace[#trace + 1] = "z1"
        coroutine.yield("z")
        trace[#trace + 1] = "z2"
      end)
    end
    trace[#trace + 1] = "body"
    local y <close> = closer(function ()
      trace[#trace + 1] = "y1"
      coroutine.yield("y")
      trace[#trace + 1] = "y2"
    end)
    return 10, 20, 30
  end)
end)
print(co())
print(co())
print(co())
print(co())
print(table.concat(trace, " "))

local function foo()
  local x <close> = closer(coroutine.yield)
  return table.unpack({}, 1, 30)
end
co = coroutine.wrap(foo)
local closed = co()
print(closed == nil, type(closed))
local r = table.pack(co("resumed"))
print(r.n, r[1], r[30])

co = coroutine.wrap(function ()
  local a <close> = closer(coroutine.yield)
  local b <close> = closer(coroutine.yield)
  return "done"
end)
print(type(co()), type(co()), co())
