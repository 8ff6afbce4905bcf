-- c fixes the length (padding with zeros), s prefixes it, z terminates the string with a zero.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("c5", "ab")), hex(string.pack("c3", 12)), #string.pack("c0", ""))
print(hex(string.pack("s1", "ab")), hex(string.pack(">s2", "ab")), hex(string.pack("<s", "ab")))
print(hex(string.pack("z", "ab")), hex(string.pack("z", "")))
print(string.unpack("c2", "abc"))
print(string.unpack("s1", "\2abX"))
print(string.unpack("z", "ab\0cd"))
print(string.unpack("zB", "alo\0\xf9"))
print(#string.pack("s2", ("x"):rep(65535)))
for i = 2, 16 do
  local p = string.pack("s" .. i, "hello")
  assert(#p == 5 + i and string.unpack("s" .. i, p) == "hello")
end
print("s2 to s16 round trip")
local a, b, c = string.unpack("!4 z c3", "abcdefghi\0xyz")
print(a, b, c)
