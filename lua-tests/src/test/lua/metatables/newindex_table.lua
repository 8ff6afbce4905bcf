-- __newindex as a table: the assignment goes to that table instead.
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.a = 1
print(rawget(proxy, "a"), store.a)
local inner = {}
local outer = setmetatable({}, {__newindex = setmetatable({}, {__newindex = inner})})
outer.x = "through two levels"
print(inner.x)
