-- With a base (2 to 36) tonumber reads an integer in that base; letters are digits from 10.
print(tonumber("1010", 2), tonumber("777", 8), tonumber("ff", 16), tonumber("FF", 16))
print(tonumber("zz", 36), tonumber("Zz", 36), tonumber("10", 36), tonumber("10", 10))
print(tonumber(" 11 ", 2), tonumber("-ff", 16), tonumber("  -10  ", 3))
print(tonumber("8", 8), tonumber("1.5", 10), tonumber("", 10), tonumber("0x10", 16))
print(tonumber("g", 16), tonumber("1 0", 2), tonumber("7fffffffffffffff", 16))
print(tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16))
for base = 2, 36 do local v = tonumber("11", base); if v ~= base + 1 then print("wrong", base) end end
print("bases 2..36 ok")
