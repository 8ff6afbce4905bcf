-- rawlen gives the length of tables and strings without __len.
local t = setmetatable({1, 2}, {__len = function() return 99 end})
print(#t, rawlen(t), rawlen("abc"), rawlen({}))
print(pcall(rawlen, 5))
print(pcall(rawlen))
