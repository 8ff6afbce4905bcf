-- utf8.len counts the characters that start between i and j
local s = "h\xC3\xA9llo"
print(#s, utf8.len(s))
print(utf8.len(s, 2), utf8.len(s, 3), utf8.len(s, 4))
print(utf8.len(s, 1, 2), utf8.len(s, 1, 3), utf8.len(s, -3), utf8.len(s, -1, -1))
print(utf8.len(""), utf8.len("", 1), utf8.len("abc", 4), utf8.len("abc", 3, 2))
print(utf8.len("\xF0\x9F\x98\x80\xE2\x82\xAC"))
