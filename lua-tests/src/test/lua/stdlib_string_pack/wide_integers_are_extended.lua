-- Integers of 9 to 16 bytes are sign- or zero-extended; unpacking them checks the extension.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<i16", -2)))
print(hex(string.pack(">I9", 1)))
print(hex(string.pack("<i12", math.maxinteger)))
print(string.unpack("<i9", "\0\0\0\0\0\0\0\x80\xff"))
print(string.unpack(">i10", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xfe"))
print(string.unpack("<I16", "\5" .. ("\0"):rep(15)))
print(pcall(string.unpack, "<i9", "\0\0\0\0\0\0\0\x80\0"))
print(pcall(string.unpack, "I9", ("\xff"):rep(9)))
print(pcall(string.unpack, "i16", ("\3"):rep(16)))
