-- string.sub: negative positions count from the end; out-of-range positions are clipped
local s = "hello"
print(s:sub(2), s:sub(2, 3), s:sub(-3), s:sub(-3, -2))
print(s:sub(0), s:sub(-100), s:sub(1, 100), s:sub(3, 2) == "", s:sub(6) == "")
print(s:sub(math.mininteger, math.maxinteger), s:sub(2, math.mininteger) == "")
print(s:sub(2.0, 3.0), s:sub("2", "3"))
print(pcall(string.sub, s, 1.5))
print(pcall(string.sub, s))
print(pcall(string.sub, s, 1, {}))
