-- call and return hooks see the transferred values through getinfo's "r" (ftransfer and
-- ntransfer) and getlocal: the arguments of a call, the values of a return
local on = false
local inp, out
local function hook (event)
  if not on then return end
  local ar = debug.getinfo(2, "ruS")
  local t = {}
  for i = ar.ftransfer, ar.ftransfer + ar.ntransfer - 1 do
    local _, v = debug.getlocal(2, i)
    t[#t + 1] = tostring(v)
  end
  print(event, ar.ftransfer, ar.ntransfer, table.concat(t, " "))
end
debug.sethook(hook, "cr")
on = true; math.sin(3); on = false
on = true; select(2, 10, 20, 30, 40); on = false
local function foo (a, ...) return ... end
local function foo1 () on = not on; return foo(20, 10, 0) end
foo1(); on = false
local function bar (a, b) local c = a + b; return c, a end
on = true; bar(1, 2); on = false
debug.sethook()
