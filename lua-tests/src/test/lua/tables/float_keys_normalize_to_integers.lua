-- A float key with an integer value is the same key as that integer.
local t = {}
t[1.0] = "a"
t[2] = "b"
print(t[1], t[2.0], #t)
t[2^53] = "big"
print(t[9007199254740992])
t[-0.0] = "zero"
print(t[0])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
