-- a % b == a - (a // b) * b, so the result has the sign of the divisor.
print(-7 % 3, 7 % -3, -7 % -3, 7 % 3)
print(5.3 % 2, -5.3 % 2, 5.5 % -2)
print(7 % 2.0, -7 % 2.0, 6 % 3.0)
print(5 % (1 / 0), -5 % (1 / 0), 5 % -(1 / 0))
print(0 % 5, 0.0 % -5)
local a, b = -13, 5
print(a % b, a % -b)
