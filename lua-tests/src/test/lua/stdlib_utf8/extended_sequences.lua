-- five- and six-byte sequences encode code points up to 0x7FFFFFFF, accepted only when lax
local five = utf8.char(0x200000)
local six = utf8.char(0x7FFFFFFF)
print(#five, #six, five == "\xF8\x88\x80\x80\x80", six == "\xFD\xBF\xBF\xBF\xBF\xBF")
print(utf8.codepoint(five, 1, 1, true), utf8.codepoint(six, 1, 1, true))
print(utf8.len(five .. six, 1, -1, true), utf8.len(five .. six))
print(utf8.offset(five .. six, 2), utf8.offset(five .. six, -1))
print(pcall(utf8.codepoint, six))
