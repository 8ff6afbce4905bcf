-- utf8.offset finds the byte position of the n-th character from i
local s = "h\xC3\xA9llo"
for n = 1, 7 do io.write(tostring(utf8.offset(s, n)), " ") end
print()
for n = -1, -7, -1 do io.write(tostring(utf8.offset(s, n)), " ") end
print()
print(utf8.offset(s, 0, 3), utf8.offset(s, 0, 2), utf8.offset(s, 0, 7), utf8.offset(s, 0))
print(utf8.offset(s, 2, 2), utf8.offset(s, -1, 4), utf8.offset(s, 1, -1), utf8.offset(s, -2, -1))
print(utf8.offset("", 1), utf8.offset("", -1), utf8.offset("", 0), utf8.offset("abc", 4))
print(utf8.offset("abc", math.mininteger), utf8.offset("abc", math.maxinteger))
