-- __lt and __le give '<', '>', '<=' and '>='; results become booleans.
local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function new(v) return setmetatable({v = v}, mt) end
local one, two = new(1), new(2)
print(one < two, one > two, one <= two, one >= two, two <= two)
local mixed = setmetatable({}, {__lt = function(a, b) return 1 end})
print(mixed < 5, 5 < mixed)
