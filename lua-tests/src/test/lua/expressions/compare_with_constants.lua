-- Order comparisons with a numeric constant on either side (LTK/LEK/GTK/GEK): results,
-- NaN and signed zero, integer/float mixes, metamethod argument order, error messages.
local mt = {__lt = function(a, b) print("lt", type(a), type(b)) return true end,
            __le = function(a, b) print("le", type(a), type(b)) return false end}
local t = setmetatable({}, mt)
print(t < 5, t <= 5, t > 5, t >= 5, 5 < t, 5 <= t, 5 > t, 5 >= t)
for _, x in ipairs{-1, 0, 1, 2.5, 0/0, -0.0, math.maxinteger, math.mininteger} do
  print(x < 1, x <= 1, x > 1, x >= 1, x < 2.5, x <= 0.0, x > -0.0, x >= 2^53, 1 < x, 2.5 >= x)
end
print("10" < "9", pcall(function() return "10" < 9 end))
print(pcall(function() local x; return x > 5 end))
print(pcall(function() local x; return 5 <= x end))
print(pcall(function() local x = {} ; return x >= 1.5 end))
local i = 0
while i < 3 do i = i + 1 end
repeat i = i - 1 until i <= 0
print(i, 3 > 2 and "y" or "n", math.maxinteger < 2^63, math.maxinteger + 0.0 == 2^63)
