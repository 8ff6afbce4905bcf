-- pcall returns true and all results on success, false and the error on failure.
print(pcall(function(...) return ... end, 1, 2, 3))
print(pcall(function() end))
print(pcall(function() error("x", 0) end))
print(select("#", pcall(function() return nil, nil end)))
print(pcall(pcall, error, "nested"))
