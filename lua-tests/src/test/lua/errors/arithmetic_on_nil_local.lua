-- Arithmetic on nil names the operand.
local a
print(a + 1)
