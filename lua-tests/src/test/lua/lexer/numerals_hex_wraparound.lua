-- Hexadecimal integer numerals wrap around modulo 2^64 instead of becoming floats.
print(0x7fffffffffffffff)
print(0x8000000000000000)
print(0xffffffffffffffff)
print(0x10000000000000000)
print(0x1ffffffffffffffff)
print(0xffffffffffffffff == -1)
