-- '#' counts bytes, not characters.
print(#"é", #"\u{e9}", #"日本", #"\xff\xfe")
print(#"a\0b\0c", #"\0\0\0")
local s = "1234567890"
print(#s, #(s .. s))
