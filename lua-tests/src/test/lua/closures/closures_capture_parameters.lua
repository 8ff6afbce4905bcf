-- Parameters are locals and can be captured like any other.
local function adder(n) return function(x) return x + n end end
local add5, add10 = adder(5), adder(10)
print(add5(1), add10(1), add5(add10(0)))
local function bump(p) local f = function() p = p + 1 end; f(); f(); return p end
print(bump(1))
