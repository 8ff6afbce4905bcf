-- next visits every key exactly once, whatever its order.
local t = {10, 20, 30, x = 1, y = 2, [3.5] = 3, [true] = 4}
local count, k = 0, next(t)
while k ~= nil do
  count = count + 1
  k = next(t, k)
end
print(count)
print(next({}))
local only = {single = "value"}
print(next(only))
print(next(only, "single"))
