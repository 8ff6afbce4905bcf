-- icount.sh: integer addition and an integer for loop (ADD, FORLOOP), without end.
local x = 0
for i = 1, math.maxinteger do x = x + i end
print(x)
