-- Unlike arithmetic, bitwise operators do not convert strings.
local s = "3"
print(pcall(function() return s & 1 end))
print(pcall(function() return 1 | s end))
print(pcall(function() return ~s end))
