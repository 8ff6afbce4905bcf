-- math.pi, math.huge, math.maxinteger and math.mininteger, and their types
print(math.pi, math.type(math.pi), string.format("%.17g", math.pi))
print(math.huge, -math.huge, math.type(math.huge), math.huge == 1/0)
print(math.maxinteger, math.mininteger, math.type(math.maxinteger))
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger)
print(math.maxinteger + 0.0, math.mininteger + 0.0, -math.mininteger == math.mininteger)
