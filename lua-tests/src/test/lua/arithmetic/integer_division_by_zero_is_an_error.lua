-- Integer // and % by zero raise errors; the float versions do not.
local zero = 0
print(pcall(function() return 1 // zero end))
print(pcall(function() return 1 % zero end))
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(1 // 0.0, 1 % 0.0 ~= 1 % 0.0, 1.0 // zero)
print(pcall(function() return 0 // zero end))
