-- os.difftime: the difference of two integer times, as a float; both are required
print(os.difftime(10, 3), math.type(os.difftime(10, 3)), os.difftime(3, 10), os.difftime(5, 5))
local t = os.time{year = 2020, month = 1, day = 1}
print(os.difftime(t + 60, t))
print(pcall(os.difftime, 10))
print(pcall(os.difftime))
print(pcall(os.difftime, 1.5, 1))
print(pcall(os.difftime, "x", 1))
