-- __len of the number metatable receives the number itself, integer or float
debug.setmetatable(0, {__len = function (x, y)
  print(x, y, math.type(x))
  return x // 1
end})
print(#3.45)
local a = 7
print(#a)
print(#-2.5)
debug.setmetatable(0, nil)
