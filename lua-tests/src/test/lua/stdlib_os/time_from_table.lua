-- os.time with a table: fields default to hour 12, min 0, sec 0; differences are exact
local base = os.time{year = 2020, month = 1, day = 1, hour = 0}
print(math.type(base))
print(os.time{year = 2020, month = 1, day = 2, hour = 0} - base)
print(os.time{year = 2020, month = 1, day = 1} - base)
print(os.time{year = 2020, month = 1, day = 1, hour = 0, min = 1, sec = 1} - base)
print(os.time{year = 2020, month = 3, day = 1, hour = 0} - os.time{year = 2020, month = 2, day = 28, hour = 0})
print(os.time{year = 2021, month = 1, day = 1, hour = 0} - base)
print(os.time{year = "2020", month = "1", day = "2", hour = "0"} - base)
print(os.time{year = 2020, month = 1, day = 1.0, hour = 0} - base)
print(math.type(os.time()), os.time() > 1600000000)
