-- select('#', ...) counts the arguments, trailing nils included.
print(select("#"))
print(select("#", nil))
print(select("#", nil, nil, nil))
print(select("#", 1, nil, 3, nil))
local function count(...) return select("#", ...) end
print(count(), count(nil), count(1, 2, 3))
