-- Bytes above 127 pass through unchanged, whether or not they form valid UTF-8.
print("\xff\xfe\x80")
print("caf\xc3\xa9", "é")
print("\xc3\xa9" == "é", #"\xff")
