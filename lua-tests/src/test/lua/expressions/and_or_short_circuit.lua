-- The right operand of 'and'/'or' is evaluated only when needed.
local calls = 0
local function touch(v) calls = calls + 1; return v end
local _ = false and touch(1)
local _ = true or touch(2)
print(calls)
local _ = true and touch(3)
local _ = false or touch(4)
print(calls)
local missing = nil
local _ = missing and missing.field
print("no error from the skipped operand")
