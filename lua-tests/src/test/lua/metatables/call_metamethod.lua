-- __call makes a table callable; it receives the table, then the arguments.
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(callable(1, 2))
print(callable())
local adder = setmetatable({}, {__call = function(_, ...) return select("#", ...) end})
print(adder(nil, nil))
print(pcall(callable, "via pcall"))
