-- Integers and floats are equal when they denote the same mathematical value.
print(1 == 1.0, 0 == -0.0, -1 == -1.0, 3 == 3.0000000000000001)
print(2^53 == 9007199254740992, 2^53 == 9007199254740993)
print(2^63 == 9223372036854775807, -2^63 == -9223372036854775807 - 1)
print(9007199254740993 == 9007199254740992.0)
local t = {}
t[1.0] = "float key"
print(t[1])
