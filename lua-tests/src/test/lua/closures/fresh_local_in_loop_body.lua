-- A local declared in a loop body is a new variable each time round.
local fns = {}
local i = 1
while i <= 3 do
  local j = i * 10
  fns[i] = function() j = j + 1; return j end
  i = i + 1
end
print(fns[1](), fns[1](), fns[2](), fns[3]())
local gs = {}
repeat
  local k = #gs + 1
  gs[k] = function() return k end
until #gs == 3
print(gs[1](), gs[2](), gs[3]())
