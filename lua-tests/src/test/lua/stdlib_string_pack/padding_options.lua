-- x is one zero byte; X pads to the alignment of the option after it, which packs nothing.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("b x b", 1, 2)))
print(hex(string.pack("!4 b Xi4", 1)))
print(hex(string.pack("!8 b Xs b", 1, 2)))
print(hex(string.pack(" b b Xd b Xb x", 1, 2, 3)))
print(hex(string.pack("b Xx", 1)))
print(string.unpack("!8 xXi8", "0123456701234567"))
print(string.unpack("!2 xXi8", "0123456701234567"))
for _, f in ipairs{"X", "Xc1", "X i", "XXi", "b Xz", "b X!", "b X<"} do
  print(f, pcall(string.pack, f, 1))
end
print(pcall(string.unpack, "XXi", ""))
