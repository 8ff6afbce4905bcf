-- Strings compare byte by byte; a proper prefix is smaller.
print("abc" < "abd", "abd" < "abc", "abc" < "abcd", "" < "a", "a" < "")
print("Z" < "a", "a" < "b", "10" < "9", "abc" <= "abc", "b" >= "abc")
print("\0" < "\1", "a\0b" < "a\0c", "a" < "a\0", "\xff" > "a", "\x7f" < "\x80")
print("abc" == "abc", "abc" ~= "ABC")
