-- string.gsub's fourth argument limits the number of substitutions
print(string.gsub("aaaa", "a", "b", 2))
print(string.gsub("aaaa", "a", "b", 0))
print(string.gsub("aaaa", "a", "b", -1))
print(string.gsub("aaaa", "a", "b", 10))
print(string.gsub("aaaa", "a", "b", 2.0))
print(pcall(string.gsub, "aaaa", "a", "b", 1.5))
print(string.gsub("abc", "^a", "x"))
print(string.gsub("aaa", "^a", "x"))
