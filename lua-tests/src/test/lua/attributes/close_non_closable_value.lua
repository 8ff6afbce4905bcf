-- A to-be-closed variable must get a value with __close, nil or false.
print(pcall(function() local x <close> = {} end))
print(pcall(function() local y <close> = 42 end))
