-- Negative, zero and huge integer keys are ordinary keys.
local t = {}
t[0] = "zero"; t[-1] = "minus one"; t[9223372036854775807] = "max"
t[-9223372036854775807 - 1] = "min"
print(t[0], t[-1], t[9223372036854775807], t[-9223372036854775807 - 1], #t)
