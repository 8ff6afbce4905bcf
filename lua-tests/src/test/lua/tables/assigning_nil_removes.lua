-- Assigning nil removes a key: it no longer shows up in next or pairs.
local t = {a = 1, b = 2}
t.a = nil
local count = 0
for k in pairs(t) do count = count + 1 end
print(count, t.a, t.b)
t.b = nil
print(next(t))
