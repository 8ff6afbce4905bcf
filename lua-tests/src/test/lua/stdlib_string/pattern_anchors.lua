-- ^ anchors at the start (of init), $ at the end; elsewhere they are plain characters
print(string.find("hello", "^h"), string.find("hello", "^e"), string.find("hello", "^e", 2))
print(string.find("hello", "o$"), string.find("hello", "l$"), string.find("a$b", "$b"))
print(string.find("a^b", "a^b"), string.find("^", "^^"), string.find("$", "$$"))
print(string.match("hello", "^(h)(.*)(o)$"))
print(string.gsub("hello hello", "^hello", "X"))
print(string.find("", "^$"), string.find("x", "^$"))
