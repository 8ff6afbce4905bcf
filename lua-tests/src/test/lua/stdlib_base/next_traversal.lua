-- next walks a table; modifying existing fields during the walk is allowed.
local t = {a = 1, b = 2, c = 3}
local seen = 0
for k, v in next, t do
  t[k] = v * 10
  seen = seen + 1
end
print(seen, t.a, t.b, t.c)
for k in pairs(t) do t[k] = nil end
print(next(t))
print(pcall(next))
