-- os.time normalises out-of-range fields and writes the normalised date back into the table
local function show(t)
  print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday)
end
local t = {year = 2020, month = 13, day = 1, hour = 0}
os.time(t); show(t)
t = {year = 2020, month = 3, day = 0, hour = 0}
os.time(t); show(t)
t = {year = 2021, month = 1, day = 1, hour = 0, min = -1}
os.time(t); show(t)
t = {year = 2020, month = 1, day = 31, hour = 24 * 30, sec = 3661}
os.time(t); show(t)
t = {year = 2020, month = -1, day = 400, hour = 12}
os.time(t); show(t)
t = {year = 2020, month = 1, day = 1, hour = 0, wday = 7, yday = 300}
os.time(t); show(t)
