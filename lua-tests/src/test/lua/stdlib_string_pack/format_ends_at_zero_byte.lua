-- A format is read as a C string: whatever follows a zero byte is ignored.
print(#string.pack("b\0b", 1, 2))
print(string.packsize("i4\0s"))
print(string.unpack("b\0zzz", "\7"))
