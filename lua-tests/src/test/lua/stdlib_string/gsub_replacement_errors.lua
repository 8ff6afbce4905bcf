-- errors raised by gsub's replacement function or table keep their own position; pattern errors get the caller's
print(pcall(string.gsub, "a", "a", function() error("x") end))
print(pcall(function() return string.gsub("a", "a", function() error("x") end) end))
print(pcall(function() return string.gsub("a", "a", setmetatable({}, {__index = function() error("y") end})) end))
print(pcall(function() return string.gsub("a", "a", function() return {} end) end))
print(pcall(function() return string.gsub("a", "(%", "") end))
print(pcall(function() for k in string.gmatch("a", "(") do end end))
print(pcall(function() for k in string.gmatch("a", "a") do error("z") end end))
