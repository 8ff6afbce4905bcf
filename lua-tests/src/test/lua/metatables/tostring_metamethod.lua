-- __tostring controls tostring and print.
local point = setmetatable({x = 1, y = 2}, {__tostring = function(p)
  return "(" .. p.x .. ", " .. p.y .. ")"
end})
print(point)
print(tostring(point), "point: " .. tostring(point))
local number = setmetatable({}, {__tostring = function() return 42 end})
print(tostring(number), type(tostring(number)))
local bad = setmetatable({}, {__tostring = function() return {} end})
print(pcall(tostring, bad))
