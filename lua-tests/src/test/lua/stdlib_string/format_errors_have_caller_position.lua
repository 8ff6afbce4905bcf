-- string.format's errors about the format itself are raised as luaL_error raises them:
-- at the position of the Lua code that called format (even when a ':' is in the message)
local function try(fmt, ...)
  local ok, err = pcall(function(...) local s = string.format(fmt, ...) return s end, ...)
  print(ok, err)
end
try("%5000d", 1)
try("%.100s", "x")
try("%10q", "x")
try("%y", 1)
try("%" .. ("1"):rep(40) .. "d", 1)
try("%d")
-- called directly by pcall, there is no Lua caller and so no position
print(pcall(string.format, "%5000d", 1))
