-- a hook function is named "?" with namewhat "hook", also in tracebacks
local n = 0
debug.sethook(function ()
  n = n + 1
  if n == 1 then
    local i = debug.getinfo(1, "n")
    print(i.name, i.namewhat)
    print((debug.traceback():gsub("\n[^\n]*%[C%][^\n]*", "")))
    local function g() return debug.getinfo(2, "n").namewhat, debug.getinfo(1, "n").name end
    print(g())
  end
end, "l")
local a = 1
debug.sethook()
print(n)
