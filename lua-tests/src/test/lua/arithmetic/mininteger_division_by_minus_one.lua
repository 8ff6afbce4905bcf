-- The one integer quotient that does not fit: mininteger // -1 wraps to mininteger.
local min = -9223372036854775807 - 1
print(min // -1)
print(min % -1)
print(min // 1, min % 1)
print(min / -1)
