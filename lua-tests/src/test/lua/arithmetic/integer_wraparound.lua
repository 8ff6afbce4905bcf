-- Integer arithmetic wraps around modulo 2^64.
local max = 9223372036854775807
local min = -max - 1
print(max + 1 == min, min - 1 == max)
print(max + 1, min - 1)
print(max * 2, min * -1)
print(-min, -min == min)
print(max + 1.0)
