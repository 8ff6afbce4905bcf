-- Functions are first-class values: stored, passed and returned.
local function apply(fn, x) return fn(x) end
local function double(x) return x * 2 end
print(apply(double, 21))
local ops = {add = function(a, b) return a + b end, sub = function(a, b) return a - b end}
print(ops.add(2, 3), ops["sub"](2, 3))
local function compose(f, g) return function(x) return f(g(x)) end end
print(compose(double, double)(5))
print(type(double), double == double, function() end == function() end)
