-- \ddd reads up to three decimal digits; a fourth digit is an ordinary character.
print("\65\066\0671")
print(#"\0", #"\00", #"\000", #"\0000")
print("\0497" == "17")
print("\255" == "\xff", #"\255")
print("a\0b" == "a\0b", "a\0b" == "a\0c", #"a\0b")
