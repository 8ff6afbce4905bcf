-- print writes its arguments separated by tabs, then a line break.
print(1, "two", 3.0, nil, true, false)
print()
print("")
print(nil)
print(nil, nil)
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
print("a\tb", "c")
