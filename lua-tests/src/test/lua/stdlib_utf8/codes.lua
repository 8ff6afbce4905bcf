-- utf8.codes iterates over the characters: byte position and code point
for p, c in utf8.codes("h\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80!") do print(p, c) end
for p, c in utf8.codes("") do print("never", p, c) end
local f, s, i = utf8.codes("ab")
print(type(f), s, i)
print(f(s, 0))
print(f(s, 1))
print(f(s, 2))
print(utf8.codes(123) ~= nil, select(2, utf8.codes(123)))
print(pcall(utf8.codes))
print(pcall(utf8.codes, {}))
