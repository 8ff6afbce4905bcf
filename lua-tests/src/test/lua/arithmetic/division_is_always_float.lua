-- '/' always converts both operands to floats.
print(4 / 2, 7 / 2, 1 / 3)
print(1 / 0, -1 / 0, 0.0 / 1)
print(-0.0 / 1, 1 / -0.0)
local n, d = 6, 3
print(n / d)
