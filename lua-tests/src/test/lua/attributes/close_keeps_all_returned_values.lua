-- closing variables at a return keeps every returned value, also a call's open list of
-- results (a call in the scope of a to-be-closed variable is not a tail call)
local function closer(f) return setmetatable({}, {__close = f}) end
local X, Y
local function foo()
  local _ <close> = closer(function () Y = 10 end)
  print(X, Y)
  return 1, 2, 3
end
local function bar()
  local _ <close> = closer(function () X = false end)
  X = true
  do
    return foo()
  end
end
local a, b, c, d = bar()
print(a, b, c, d, X, Y)
local function many(...)
  local _ <close> = closer(function () local t = {} for i = 1, 50 do t[i] = i end end)
  return ...
end
print(select("#", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
