-- a function's to-be-closed variables close before its return hook runs, and neither the
-- __close calls nor the hook disturb the values being returned
local function closer(f) return setmetatable({}, {__close = f}) end
local trace = {}
local function hook(event)
  trace[#trace + 1] = event .. " " .. tostring(debug.getinfo(2, "n").name)
end
local function foo(...)
  local x <close> = closer(function () trace[#trace + 1] = "x" end)
  local y <close> = closer(function () debug.sethook(hook, "r") end)
  return ...
end
local t = {foo(10, 20, 30)}
debug.sethook()
print(#t, t[1], t[2], t[3])
for _, e in ipairs(trace) do print(e) end
trace = {}
local function many(...) return ... end
debug.sethook(hook, "r")
local n = select("#", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))
debug.sethook()
print(n)
for _, e in ipairs(trace) do print(e) end
