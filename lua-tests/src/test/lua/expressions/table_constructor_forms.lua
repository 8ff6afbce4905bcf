-- Positional, named and bracketed fields; ',' or ';' as separators; a trailing separator.
local t = {10, 20; x = "x", ["y"] = "y", [2 + 3] = 50, 30,}
print(t[1], t[2], t[3], t[4], t[5], t.x, t.y)
print(#{}, #{1,}, #{1; 2; 3;})
local nested = {{1, 2}, {3, {4, 5}}}
print(nested[2][2][1], nested[1][2])
local keys = {["with space"] = 1, [true] = 2, [2.5] = 3}
print(keys["with space"], keys[true], keys[2.5])
