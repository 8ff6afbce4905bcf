-- '..' converts numbers to strings the way tostring does.
print(1 .. 2, 1 .. "", 1.0 .. "", -0.0 .. "")
print(2^63 .. "", 10 // 3 .. "", 10 / 2 .. "", 0.1 .. "")
print("n=" .. 42, "f=" .. 4.5, 1e100 .. "!")
local i, f = 7, 7.0
print(i .. f, f .. i)
