-- __name gives a type name to error messages about the value.
local obj = setmetatable({}, {__name = "MyType"})
print(pcall(function() return obj + 1 end))
print(pcall(function() return obj < obj end))
print(pcall(function() return #obj .. obj end))
print(pcall(function() obj() end))
