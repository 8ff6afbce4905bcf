-- '//' rounds towards minus infinity; integer operands give an integer.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7.0 // 2, -7 // 2.0, 7.5 // 2, -7.5 // 2)
print(3 // 0.0, -3 // 0.0, 0.0 // 1)
print(1 // 3, -1 // 3, 0 // 5)
local a, b = -9, 4
print(a // b, a // 4.0)
