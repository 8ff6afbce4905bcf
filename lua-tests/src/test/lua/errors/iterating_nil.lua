-- pairs(nil) and ipairs(nil) fail only when the loop first calls the iterator.
print(pcall(function() local t; for k in pairs(t) do end end))
print(pcall(function() for i, v in ipairs(nil) do end end))
