-- \x needs exactly two hexadecimal digits.
local s = "\xZZ"
