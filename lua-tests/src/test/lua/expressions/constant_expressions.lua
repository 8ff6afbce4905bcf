-- Expressions of literals give exactly the values computed at run time (a compiler may
-- fold them, but must not change them), including the edge cases.
print(9223372036854775807 + 1, -9223372036854775807 - 2, - -9223372036854775807)
print(-(-9223372036854775807 - 1), -9223372036854775808, 0x7fffffffffffffff * 2)
print(1 // 0.0, -1 // 0.0, 0.0 * -1, -0.0 // 1, 7 // -2.0)
print(0 / 0 ~= 0 / 0, 1 % -0.0 ~= 1 % -0.0, 5 // 0.0 * 0 ~= 5 // 0.0 * 0)
print(2^63 // 1, 2^53 + 1, 3 | 1.0, 1 << 63 >> 63, ~0 >> 1)
print("a" .. "b" .. 1 .. 2.0, "10" + 1, -"2", 10 .. "")
print(not nil, not 0, 1 < 2, "a" < "b", 1 == 1.0, 2^53 == 2^53 + 1)
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return 1.5 | 0 end))
print(pcall(function() return "1" | 0 end))
