-- Values of every kind packed together come back unchanged, with the position after them.
local fmt = "<b h b f d f n i"
local x = string.pack(fmt, 1, 2, 3, 4, 5, 6, 7, 8)
print(#x == string.packsize(fmt), #x)
print(string.unpack(fmt, x))
local f2 = ">!4 c3 c4 c2 z i4 c5 c2 Xi4"
local y = string.pack(f2, "abc", "abcd", "xz", "hello", 5, "world", "xy")
print(y == "abcabcdxzhello\0\0\0\0\0\5worldxy\0")
print(string.unpack(">!4 c3 c4 c2 z i4 c5 c2 Xh Xi4", y))
