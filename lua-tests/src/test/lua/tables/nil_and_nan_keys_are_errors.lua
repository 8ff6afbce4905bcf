-- Writing with a nil or NaN key is an error; reading with them just gives nil.
local t = {}
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0 / 0] = 1 end))
print(t[nil], t[0 / 0])
print(pcall(function() return {[nil] = 1} end))
