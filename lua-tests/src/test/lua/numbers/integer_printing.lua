-- Integers print in full, without ".0".
print(0, -1, 42, 1000000, 9007199254740993)
print(9223372036854775807, -9223372036854775807 - 1)
print(tostring(-17), tostring(0x10))
