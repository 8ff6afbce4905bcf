-- Each integer option packs to its C size, in the byte order chosen by <, > or = (native: little).
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("b B", -1, 255)))
print(hex(string.pack("<h", -2)), hex(string.pack(">H", 0xfffe)))
print(hex(string.pack("<i", 1)), hex(string.pack(">I", 1)))
print(hex(string.pack("<l", -1)), hex(string.pack(">L", 2)))
print(hex(string.pack("<j", math.mininteger)), hex(string.pack(">J", 3)), hex(string.pack("<T", 4)))
for n = 1, 8 do print(n, hex(string.pack("<i" .. n, 0x0102030405060708 >> (64 - 8 * n))), hex(string.pack(">I" .. n, 1))) end
print(string.pack("=i4", 2001) == string.pack("<i4", 2001))
print(hex(string.pack(">i2 <i2", 10, 20)))
print(string.unpack("<i2 >i2", "\10\0\0\20"))
