-- Lowercase options sign-extend what they unpack, uppercase ones do not.
print(string.unpack("<i2", "\xfe\xff"))
print(string.unpack("<I2", "\xfe\xff"))
print(string.unpack("b", "\x80"), string.unpack("B", "\x80"))
print(string.unpack("<i3", "\xf0\xff\xff"), string.unpack(">I3", "\xf0\xff\xff"))
print(string.unpack("<J", ("\xff"):rep(8)))
print(string.unpack(">j", string.pack(">j", math.maxinteger)) == math.maxinteger)
