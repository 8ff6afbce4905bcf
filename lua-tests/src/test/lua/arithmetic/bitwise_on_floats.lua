-- Floats with an exact integer value work in bitwise operations; others are errors.
print(3.0 & 1, 2.0 ^ 3 | 0, 1.0 << 4, ~0.0)
print(2^63 == 1 << 63, pcall(function() return 2^63 | 0 end))
local half = 1.5
print(pcall(function() return half & 1 end))
print(pcall(function() return 1 | 1e100 end))
