-- Indexing a nil local names the local.
local t
print(t.x)
