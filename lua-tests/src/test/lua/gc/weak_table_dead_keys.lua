-- once a weak table's entry is dead (its value collected, or removed), the table no longer
-- keeps its key: a long string key is freed by the next full collection
collectgarbage(); collectgarbage()
local before = collectgarbage("count")
local a = setmetatable({}, {__mode = "kv"})
local function fill()   -- in a function, so that no register of this chunk keeps the value
  a[string.rep("x", 2^22)] = {}   -- the value goes at the next collection, and so does the key
end
fill()
collectgarbage()
print("entry gone", next(a) == nil)
print("key freed", collectgarbage("count") < before + 1024)

-- a removed entry's key: freed too
local key = string.rep("y", 2^22)
a[key] = 1
a[key] = nil
key = nil
collectgarbage()
print("removed key freed", collectgarbage("count") < before + 1024)

-- next goes on from a removed key while the traversal holds it, across a collection
local t = setmetatable({}, {__mode = "k"})
local keys = {}
for i = 1, 20 do keys[i] = {}; t[keys[i]] = i end
local n, sum = 0, 0
for k, v in pairs(t) do
  n = n + 1; sum = sum + v
  t[k] = nil
  collectgarbage()
end
print("traversal with removals and collections", n, sum, next(t))
