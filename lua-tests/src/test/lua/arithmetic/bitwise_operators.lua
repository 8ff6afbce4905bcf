-- Bitwise operators work on 64-bit integers.
print(5 & 3, 5 | 3, 5 ~ 3, ~5, ~0)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ~ 0x0F)
print(-1 & 0xFF, -1 | 0, ~-1)
print(0x7fffffffffffffff & -1, 0x8000000000000000 | 1)
