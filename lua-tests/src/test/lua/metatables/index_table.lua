-- __index as a table: missing keys are looked up there (raw keys win).
local defaults = {color = "red", size = 1}
local t = setmetatable({size = 5}, {__index = defaults})
print(t.color, t.size, t.missing)
print(rawget(t, "color"))
