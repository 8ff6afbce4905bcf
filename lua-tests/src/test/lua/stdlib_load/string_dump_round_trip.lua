-- load accepts what string.dump produces, also through a reader function, and keeps upvalue slots empty
local function make() local n = 0; return function () n = (n or 0) + 1; return n end end
local d = string.dump(make())
local f = load(d)
print(pcall(f))
local i = 0
local g = load(function () i = i + 1; if i <= #d then return d:sub(i, i) end end)
print(pcall(g))
print(load(string.dump(function (...) return select("#", ...) end))(1, nil, 3))
