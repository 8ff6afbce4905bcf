-- '#' gives the byte length of a string and the border of a sequence.
print(#"", #"a", #"hello", #"a\0b")
print(#{}, #{1, 2, 3}, #{nil}, #{n = 1})
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[#t + 1] = "next"
print(#t)
t[#t] = nil
print(#t)
