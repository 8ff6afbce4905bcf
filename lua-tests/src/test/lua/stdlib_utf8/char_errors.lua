-- utf8.char takes integers from 0 to 0x7FFFFFFF
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, -1))
print(pcall(utf8.char, math.mininteger))
print(pcall(utf8.char, 65, 1.5))
print(pcall(utf8.char, 65, {}))
print(pcall(utf8.char, "x"))
print(pcall(function() return utf8.char(nil) end))
