-- '^' always gives a float, even for integer operands.
print(2 ^ 2, 2 ^ 0, 2 ^ -1, 10 ^ 15)
print(4 ^ 0.5, 8 ^ (1 / 3))
print((-2) ^ 2, (-8) ^ 3)
print(0 ^ 0, 2 ^ 53 == 9007199254740992)
