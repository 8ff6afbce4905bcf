-- tonumber converts numerals (as the lexer reads them), with surrounding whitespace allowed.
print(tonumber("10"), tonumber("10.0"), tonumber("-7"), tonumber("+7"))
print(tonumber(" 10 "), tonumber("\t\n10\v\f\r"), tonumber("1e1"), tonumber(".5"))
print(tonumber("0x10"), tonumber("0X1p4"), tonumber("-0x10"), tonumber("0xffffffffffffffff"))
print(tonumber("9223372036854775807"), tonumber("9223372036854775808"))
print(tonumber("1e500"), tonumber("-1e500"), tonumber("5."), tonumber("0.0"))
