-- icount.sh: a call of a Lua function and its return (MOVE, MOVE, CALL, RETURN1, ADD, FORLOOP).
local function id(a) return a end
local x = 0
for i = 1, math.maxinteger do x = x + id(i) end
print(x)
