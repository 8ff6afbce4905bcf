-- A missing value to pack is reported as nil, not "no value", as lua5.4 does.
print(pcall(string.pack, "b"))
print(pcall(string.pack, "!3 b Xi2 c1", 1))
print(pcall(string.unpack, "b"))
string.pack("i4 i4", 1)
