-- os.clock gives the processor time used, a non-negative float that does not go back
local a = os.clock()
local x = 0
for i = 1, 100000 do x = x + i end
local b = os.clock()
print(math.type(a), a >= 0, b >= a, x)
