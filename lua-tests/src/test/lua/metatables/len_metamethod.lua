-- __len overrides '#' for tables; rawlen does not use it.
local t = setmetatable({1, 2, 3}, {__len = function(self) return 42 end})
print(#t, rawlen(t))
local weird = setmetatable({}, {__len = function() return "not a number" end})
print(#weird)
