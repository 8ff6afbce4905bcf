-- Integers convert to floats when mixed with them, losing digits beyond 2^53.
print(9007199254740993 + 0.0)
print(9007199254740993 + 0 == 9007199254740993)
print(2^53 + 1 == 2^53)
print(9007199254740992 + 1, 9007199254740992.0 + 1)
