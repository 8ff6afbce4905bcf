-- Assigning to the loop variable does not change the iteration.
for i = 1, 3 do
  local before = i
  i = i * 10
  print(before, i)
end
