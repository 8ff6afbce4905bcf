-- goto to a label at the end of the loop body acts as 'continue'.
for i = 1, 6 do
  if i % 2 == 0 then goto continue end
  print(i)
  ::continue::
end
local i = 0
while i < 5 do
  i = i + 1
  local sq = i * i
  if sq % 2 == 1 then goto next end
  print("even square", sq)
  ::next::
end
