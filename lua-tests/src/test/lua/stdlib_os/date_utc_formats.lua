-- os.date with "!" (UTC) and every conversion of C's strftime, for fixed times
local t = 1700000000 -- 2023-11-14 22:13:20 UTC, a Tuesday
for _, c in ipairs{"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I",
                   "j", "m", "M", "n", "p", "r", "R", "S", "t", "T", "u", "U", "V", "w", "W",
                   "x", "X", "y", "Y", "z", "Z", "%"} do
  print(c, "[" .. os.date("!%" .. c, t) .. "]")
end
print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%c", 86400 * 365 + 3600 * 13 + 61))
print(os.date("!%I %p %j %U %W %V %G %g %u %w", 1704067200))
print(os.date("!%e|%d", 1700000000 - 86400 * 10))
print(os.date("!plain text, no conversions", t))
print(os.date("!", t) == "", os.date("", t) == "")
