-- A hexadecimal numeral needs at least one digit.
local x = 0x
