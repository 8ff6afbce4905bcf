-- +, -, * on two integers give an integer; with any float operand they give a float.
print(1 + 2, 1 + 2.0, 1.0 + 2, 1.5 + 1.5)
print(5 - 3, 5 - 3.0, 2 * 3, 2 * 3.0)
print(0 * -1, 0.0 * -1, 0 * -1.0)
local a, b = 7, 2.0
print(a + b, a - b, a * b)
