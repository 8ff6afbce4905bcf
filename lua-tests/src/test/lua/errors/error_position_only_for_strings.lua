-- Position information is added to string messages only.
print(pcall(function() error("text") end))
print(pcall(function() error(12) end))
local ok, e = pcall(function() error({}) end)
print(ok, type(e))
