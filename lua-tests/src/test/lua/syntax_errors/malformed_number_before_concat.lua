-- A numeral swallows following dots and digits: '1..2' is one malformed numeral.
print(1..2)
