-- '...' forwards all arguments, nils included, to another call.
local function inner(...) return select("#", ...), ... end
local function outer(...) return inner(...) end
print(outer())
print(outer(nil))
print(outer(1, nil, 3))
print(outer(nil, nil, nil))
