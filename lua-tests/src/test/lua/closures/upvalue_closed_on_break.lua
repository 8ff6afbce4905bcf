-- Variables captured in a loop are kept when the loop is left by break or goto.
local fns = {}
for i = 1, 10 do
  local v = i * i
  fns[#fns + 1] = function() return v end
  if i == 3 then break end
end
print(#fns, fns[1](), fns[2](), fns[3]())
local gs = {}
local n = 0
::top::
do
  n = n + 1
  local m = n
  gs[n] = function() return m end
  if n < 3 then goto top end
end
print(gs[1](), gs[2](), gs[3]())
