-- \xXX takes exactly two hexadecimal digits, in either case.
print("\x41\x42\x43", "\x6a\x6C\x75\x61")
print("\xff" == "\xFF", "\x00" == "\0", #"\x001")
print("\x7e" == "~", "\x20" == " ")
