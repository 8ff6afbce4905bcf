-- Equal strings are equal values however they were built, also as table keys.
local a = "hello world"
local b = "hello" .. " " .. "world"
print(a == b, rawequal(a, b))
local t = {}
t[a] = 1
print(t[b], t["hello world"])
local long1, long2 = "", ""
for i = 1, 50 do long1 = long1 .. "ab"; long2 = long2 .. "a" .. "b" end
print(long1 == long2, #long1)
t[long1] = "long"
print(t[long2])
