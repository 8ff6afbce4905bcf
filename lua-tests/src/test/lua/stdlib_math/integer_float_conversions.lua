-- converting floats to integers where the library needs integers: exact values only
print(string.rep("x", 3.0), ("abc"):sub(2.0))
print(pcall(string.rep, "x", 2.5))
print(pcall(string.rep, "x", 2^63))
print(math.tointeger(2^63 - 1024), math.tointeger(-2^63))
print(string.format("%d", -0.0), pcall(string.format, "%d", 1e20))
print(select(2.0, "a", "b"), pcall(select, 1.5, "a"))
