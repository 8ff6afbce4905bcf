-- math.ult compares integers as unsigned; floats without integer values are errors
print(math.ult(1, 2), math.ult(2, 1), math.ult(-1, 1), math.ult(1, -1), math.ult(0, math.mininteger))
print(math.ult(math.maxinteger, math.mininteger), math.ult(3, 3), math.ult(1.0, 2.0))
print(pcall(math.ult, 1.5, 2))
print(pcall(math.ult, 1, "x"))
print(pcall(math.ult, 1))
