-- A hook set by a function called from a hot loop takes effect from the next
-- line on, also when the call was made from code running without hooks.
local lines = {}
local function start()
  debug.sethook(function(_, line) lines[#lines + 1] = line end, "l")
end
local function work()
  local s = 0
  for i = 1, 3 do
    s = s + i
  end
  return s
end
for i = 1, 1000 do work() end    -- warm up
start()
local r = work()
debug.sethook()
print(r, table.concat(lines, " "))
