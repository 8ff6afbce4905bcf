-- pairs visits every entry; over a pure array part the order is by index.
local t = {"a", "b", "c", "d"}
for k, v in pairs(t) do print(k, v) end
local mixed = {1, 2, 3, x = "x", y = "y"}
local count, sum = 0, 0
for k, v in pairs(mixed) do
  count = count + 1
  if type(v) == "number" then sum = sum + v end
end
print(count, sum)
