-- Fixed parameters take the first arguments; '...' holds the rest.
local function f(a, b, ...)
  return a, b, select("#", ...), ...
end
print(f(1))
print(f(1, 2))
print(f(1, 2, 3, 4))
local function g(...) local x, y = ...; return x, y end
print(g(10, 20, 30))
