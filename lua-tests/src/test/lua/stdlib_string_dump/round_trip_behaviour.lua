-- A dumped and reloaded function computes what the original does: parameters, varargs, loops, closures, constants.
local function f(n, ...)
  local t = {n, ...}
  local sum = 0
  for i = 1, #t do sum = sum + t[i] end
  local function twice(x) return 2 * x end
  local s = ""
  for k, v in ipairs{"a", "b", "c"} do s = s .. k .. v end
  return sum, twice(sum), s, 1.5, -0.0, math.maxinteger, "\0alo\255", true, false, nil, select("#", ...)
end
local g = load(string.dump(f))
print(f(1, 2, 3))
print(g(1, 2, 3))
print(load(string.dump(f, true))(10, 20))
local h = load(string.dump(function (...) return ... end))
print(h("x", nil, 3))
