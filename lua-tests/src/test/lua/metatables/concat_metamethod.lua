-- __concat is used when an operand is not a string or number; either side may be the table.
local mt = {__concat = function(a, b)
  local function s(x) return type(x) == "table" and x.name or tostring(x) end
  return s(a) .. "+" .. s(b)
end}
local t = setmetatable({name = "T"}, mt)
print(t .. "str", "str" .. t, 1 .. t, t .. 2.5, t .. t)
print("a" .. "b" .. t)
