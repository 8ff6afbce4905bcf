-- loop_float: float arithmetic in a numeric for loop: +, -, *, / and
-- integer-to-float conversion of the loop index, plus math.sqrt.
-- Usage: loop_float.lua [n]   (n = 1000000)
local n = tonumber(arg and arg[1]) or 1000000
local sqrt = math.sqrt

-- string.format("%.Nf", x) built from integers: LuaJ 3.0.1's %f ignores the
-- precision, and every Lua compared must print the same line.
local function fixed(x, places)
  local scale = 10 ^ places
  local units = math.floor(math.abs(x) * scale + 0.5)
  local whole = math.floor(units / scale)
  local fraction = string.format("%d", units - whole * scale)
  return string.format("%s%d.%s", x < 0 and "-" or "", whole,
                       string.rep("0", places - #fraction) .. fraction)
end

local x, y, acc = 0.0, 1.0, 0.0
for i = 1, n do
  local t = i * 0.5
  x = x + t / (y + 1.5)
  y = y * 0.999999 + 0.25
  acc = acc + sqrt(t) - x / (i + 1.0)
  if x > 1e6 then x = x * 1e-3 end
end
print(string.format("loop_float %d: x=%s y=%s acc=%s", n, fixed(x, 6), fixed(y, 6), fixed(acc, 6)))
