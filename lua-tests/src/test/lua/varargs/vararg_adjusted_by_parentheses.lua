-- (...) is exactly one value, nil when there are no arguments.
local function f(...) return (...) end
print(f(1, 2, 3))
print(f())
print(select("#", f()))
