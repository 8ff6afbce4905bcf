-- Tables are compared and passed by reference.
local a = {1}
local b = a
b[1] = 2
print(a[1], a == b, {} == {})
local function fill(t) t.filled = true end
fill(a)
print(a.filled)
