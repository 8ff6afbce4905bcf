-- A do block opens a scope: its locals end at 'end' and may shadow outer ones.
local x = "outer"
do
  local x = "inner"
  print(x)
  do local x = "innermost"; print(x) end
  print(x)
end
print(x)
local y = 1
local y = y + 1
print(y)
