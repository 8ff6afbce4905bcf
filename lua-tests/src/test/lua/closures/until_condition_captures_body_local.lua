-- A closure created in a repeat body and called in its until condition sees that
-- iteration's local.
local n = 0
local seen = {}
repeat
  n = n + 1
  local current = n * 10
  local get = function() return current end
  seen[#seen + 1] = get
until get() >= 30
print(n, seen[1](), seen[2](), seen[3]())
