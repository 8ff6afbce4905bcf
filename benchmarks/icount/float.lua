-- icount.sh: float arithmetic with constants (MULK, ADDK, FORLOOP).
local x = 0.0
for i = 1, math.maxinteger do x = x * 0.5 + 1.0 end
print(x)
