-- Shifts are logical; shifting by 64 or more gives 0; negative shifts go the other way.
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64)
print(256 >> 4, -1 >> 1, -1 >> 63, -1 >> 64)
print(1 << -1, 2 << -1, 16 >> -2)
print(1 >> 100, 1 << 100, -1 << 1000)
print(3 << 2 >> 1)
