-- os.date("!*t") and "*t" give a table of fields; "*t" in local time agrees with os.time
local u = os.date("!*t", 1700000000)
print(u.year, u.month, u.day, u.hour, u.min, u.sec, u.wday, u.yday, u.isdst)
local e = os.date("!*t", 0)
print(e.year, e.month, e.day, e.hour, e.min, e.sec, e.wday, e.yday, e.isdst)
local n = 0
for _ in pairs(u) do n = n + 1 end
print(n)
local l = os.date("*t", 1700000000)
print(type(l.isdst), os.time(l) == 1700000000)
print(os.date("!*t", -86400).year, os.date("!*t", 951782400).day, os.date("!*t", 951782400).month)
print(math.type(u.year), math.type(u.sec))
