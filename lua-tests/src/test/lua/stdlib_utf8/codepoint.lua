-- utf8.codepoint returns the code points of the characters that start between i and j
local s = "h\xC3\xA9llo"
print(utf8.codepoint(s))
print(utf8.codepoint(s, 2))
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s, 2, 4))
print(utf8.codepoint(s, -2, -1))
print(utf8.codepoint(s, 3, 2))
print(select("#", utf8.codepoint(s, 4, 3)))
print(utf8.codepoint(s, 2, 2))
print(utf8.codepoint("", 1, 0))
print(pcall(utf8.codepoint, "abc", math.mininteger, 1))
