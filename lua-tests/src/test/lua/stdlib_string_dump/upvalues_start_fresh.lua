-- Loading sets the first upvalue to the globals (or to load's fourth argument, even nil) and the others to nil.
local a, b = 20, 30
local d = string.dump(function (x)
  if x == "set" then a = 10 + b; b = b + 1 else return a end
end)
print(load(d)() == _G)
local x = load(d, "", "b", nil)
print(x())
print(debug.getupvalue(x, 1))
print(debug.getupvalue(x, 2))
print(debug.setupvalue(x, 1, "hi"))
print(x())
print(debug.setupvalue(x, 2, 13))
print(debug.setupvalue(x, 3, 10) == nil)  -- only two upvalues
x("set")
print(x())
x("set")
print(x())
print(a, b)
