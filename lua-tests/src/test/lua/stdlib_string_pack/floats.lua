-- f is a C float, d and n are doubles; both orders; unpack always gives a Lua float.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<f", 1.5)), hex(string.pack(">f", 1.5)))
print(hex(string.pack(">d", 1.5)), hex(string.pack("<n", -0.0)))
print(hex(string.pack("<f", 1e39)), hex(string.pack("<f", -1/0)))
print(string.unpack("<f", string.pack("<f", 0.1)) == 0.1)
print(string.format("%.17g", string.unpack("<f", string.pack("<f", 0.1))))
for _, x in ipairs{0, -1.1, 1.9, 1/0, -1/0, 1e20, -1e20, 0.1, 2000.7} do
  print(x, string.unpack("n", string.pack("n", x)) == x, string.unpack(">d", string.pack(">d", x)) == x)
end
print(math.type((string.unpack("d", string.pack("d", 3)))))
print(string.unpack("<d", string.pack("<d", "2.5")))
local nan = string.unpack("d", string.pack("d", 0/0))
print(nan ~= nan)
