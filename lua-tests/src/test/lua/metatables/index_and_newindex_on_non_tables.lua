-- Without metatables, only tables (and strings, for reading) can be indexed.
print(pcall(function() local n = 5; return n.x end))
print(pcall(function() local b = true; b.x = 1 end))
print(pcall(function() local f = print; return f[1] end))
