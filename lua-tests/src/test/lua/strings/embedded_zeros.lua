-- Strings may contain zero bytes anywhere; they are ordinary bytes.
local s = "a\0b"
print(#s, s == "a\0b", s == "a")
local t = s .. "\0" .. s
print(#t)
print(s)
local k = {["x\0y"] = 1, ["x"] = 2}
print(k["x\0y"], k["x"], k["x\0"])
