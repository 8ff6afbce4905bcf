-- icount.sh: reading an array element at a computed index (BANDK, ADDK, GETTABLE, ADD, FORLOOP).
local t = {1, 2, 3, 4, 5, 6, 7, 8}
local x = 0
for i = 1, math.maxinteger do x = x + t[(i & 7) + 1] end
print(x)
