-- utf8.len checks its positions
print(pcall(utf8.len, "abc", 0))
print(pcall(utf8.len, "abc", 5))
print(pcall(utf8.len, "abc", 1, 4))
print(pcall(utf8.len, "abc", -5))
print(pcall(utf8.len, "abc", 1, math.maxinteger))
print(pcall(utf8.len))
print(pcall(utf8.len, "abc", "x"))
print(pcall(utf8.len, "abc", math.mininteger))
