-- Concatenation builds a new string; the operands are unchanged.
local a, b = "foo", "bar"
local c = a .. b
print(c, a, b, #c)
print("" .. "", #("" .. ""), "x" .. "" == "x")
local s = ""
for i = 1, 10 do s = s .. i end
print(s, #s)
print("a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g" .. "h")
