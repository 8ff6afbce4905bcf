-- Float results that exceed the largest double become inf or -inf.
print(1e308 * 10, -1e308 * 10)
print(2^1024, -(2^1024))
print(1e308 + 1e308)
print(1e309, -1e309)
local big = 1e308
print(big * big)
