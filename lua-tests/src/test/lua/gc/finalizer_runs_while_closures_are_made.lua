-- An object with __gc, left unreachable (a copy of it stays in a dead temporary register
-- below the loop's), is finalized while a loop does nothing but make closures.
local function run()
  local u
  local finish = false
  u = setmetatable({}, {__gc = function () finish = true end})
  local made = 0
  repeat
    local i
    u = function () return i end
    made = made + 1
  until finish or made == 10000000
  return finish
end
print("finalized", run())
print("b survives", (function ()
  local b = {34}
  local done = false
  local u = setmetatable({}, {__gc = function () done = true end})
  local n = 0
  repeat u = function () return n end; n = n + 1 until done or n == 10000000
  return b[1] == 34 and done
end)())
