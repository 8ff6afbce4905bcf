-- Unary minus keeps the number's subtype.
local i, f = 3, 3.0
print(-i, -f, - -i, -(-f))
print(-0, -0.0, 0 == -0.0)
local min = -9223372036854775807 - 1
print(-min == min)
print(-(1 / 0))
