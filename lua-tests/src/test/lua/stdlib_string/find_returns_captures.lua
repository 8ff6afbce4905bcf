-- string.find returns the match's start and end, then its captures
print(string.find("key = value", "(%w+)%s*=%s*(%w+)"))
print(string.find("abc", "()b()"))
print(string.find("hello", "(l)(l)"))
print(string.find("  x", "^%s*"))
print(string.find("abc", "(x?)"))
