-- unpack starts at its third argument (negative counts from the end) and returns the next position.
local x = string.pack("i4i4i4i4", 1, 2, 3, 4)
for pos = 1, 16, 4 do print(string.unpack("i4", x, pos)) end
for pos = 0, 12, 3 do print(pos + 1, string.unpack("!4 i4", x, pos + 1)) end
print(string.unpack("!4 i4", x, -4))
print(string.unpack("!4 i4", x, -7))
print(string.unpack("!4 i4", x, -#x))
print(string.unpack("i4", x, -100))
print(string.unpack("c0", x, #x + 1))
print(pcall(string.unpack, "c0", x, #x + 2))
print(pcall(string.unpack, "", x, math.maxinteger))
print(string.unpack("", x, math.mininteger))
print(pcall(string.unpack, "b", x, 1.5))
print(string.unpack("b", "\1\2", "2"))
