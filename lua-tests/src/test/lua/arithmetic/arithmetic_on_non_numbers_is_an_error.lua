-- Arithmetic on values that are neither numbers nor numeric strings raises an error.
local t, b = {}, true
print(pcall(function() return t + 1 end))
print(pcall(function() return 1 - b end))
print(pcall(function() return -t end))
print(pcall(function() return "abc" * 2 end))
print(pcall(function() return 2 ^ "x" end))
