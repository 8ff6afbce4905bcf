-- utf8.char encodes code points, one or more at a time, with 1 to 6 bytes each
print(utf8.char(72, 105, 33))
print(utf8.char())
print(utf8.char(0x48, 0xE9, 0x20AC, 0x1F600) == "H\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80")
for _, c in ipairs({0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000,
    0x1FFFFF, 0x200000, 0x3FFFFFF, 0x4000000, 0x7FFFFFFF}) do
  local s = utf8.char(c)
  print(c, #s, s:byte(1), utf8.codepoint(s, 1, 1, true) == c)
end
print(utf8.char(0xD800) == "\xED\xA0\x80", utf8.char("65"), utf8.char(66.0))
