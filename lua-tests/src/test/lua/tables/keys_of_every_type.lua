-- Any value except nil and NaN can be a key; keys of different types never collide.
local f = function() end
local k = {}
local t = {}
t[1] = "one"; t["1"] = "string one"; t[true] = "true"; t[f] = "function"; t[k] = "table"
t[1.5] = "one and a half"
print(t[1], t["1"], t[true], t[f], t[k], t[1.5])
print(t[false], t[{}], t[2])
