-- inf and -inf print as such; NaN is never equal to itself. NaN's printed form depends on
-- the machine ("nan" or "-nan"), so only its shape is checked.
local inf, nan = 1 / 0, 0 / 0
print(inf, -inf, tostring(inf), tostring(-inf))
print(inf == inf, inf > 1e308, -inf < -1e308, inf == -(-inf))
print(nan == nan, nan ~= nan, nan < 1, nan > 1, nan <= nan)
local s = tostring(nan)
print(s == "nan" or s == "-nan", tostring(-nan) == "nan" or tostring(-nan) == "-nan")
print(inf - inf ~= inf - inf, inf * 0 ~= inf * 0)
