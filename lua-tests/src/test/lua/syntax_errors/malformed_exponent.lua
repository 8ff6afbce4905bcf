-- An exponent needs digits.
local x = 1e+
