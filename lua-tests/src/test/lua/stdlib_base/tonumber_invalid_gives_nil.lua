-- Strings that are not numerals give nil (fail), not an error.
print(tonumber(""), tonumber(" "), tonumber("0x"), tonumber("1e"), tonumber("abc"))
print(tonumber("10 1"), tonumber("1..2"), tonumber("0x1p"), tonumber("- 1"), tonumber("1e1.5"))
print(tonumber("inf"), tonumber("nan"), tonumber("10a"), tonumber("1\0"))
print(tonumber(nil), tonumber(true), tonumber({}))
print(tonumber(42), tonumber(4.5))
