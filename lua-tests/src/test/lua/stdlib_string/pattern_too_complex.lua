-- deep recursion in the matcher is an error, not a crash
local ok, msg = pcall(string.match, string.rep("a", 300000), string.rep("a?", 300000) .. string.rep("a", 300000))
print(ok, msg)
print(string.find(string.rep("a", 3000), ".-b"))
print(#string.match(string.rep("a", 100000), ".*"))
