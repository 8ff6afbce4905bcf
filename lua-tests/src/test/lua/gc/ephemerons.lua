-- a weak-keyed table is an ephemeron table: a value that refers to its own key, or to
-- another key of the table, does not keep that key (or its entry) alive
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

-- a value that refers back to its key
local cache = setmetatable({}, {__mode = "k"})
for i = 1, 10 do
  local obj = {}
  cache[obj] = {owner = obj}
end
collectgarbage()
print("self-referring values collected", count(cache))

-- a chain: each value refers to the previous key; only the last key is held
local chain = setmetatable({}, {__mode = "k"})
local last
for i = 1, 50 do
  local key = {}
  chain[key] = {prev = last}
  last = key
end
collectgarbage()
local n, key = 0, last
while key do n = n + 1; key = chain[key].prev end
print("chain kept while its head is held", n)
last = nil
collectgarbage()
print("chain collected in one collection", count(chain))

-- functions and coroutines as keys, a value that is a function closing over its key
local fkeys = setmetatable({}, {__mode = "k"})
do
  local f = function () end
  fkeys[f] = function () return f end
  local co = coroutine.create(function () end)
  fkeys[co] = {co}
end
collectgarbage()
print("function and coroutine keys collected", count(fkeys))

-- a value held elsewhere stays; its key still goes
local held = {}
local t = setmetatable({}, {__mode = "k"})
t[{}] = held
collectgarbage()
print("entry goes when only its value is held", count(t), held ~= nil)

-- overwriting and removing an entry, while its key is held
local k = {}
t[k] = {1}
t[k] = {2}
collectgarbage()
print("last value kept", t[k][1])
t[k] = "not collectable"
collectgarbage()
print("string value kept", t[k])
t[k] = nil
print("removed", t[k], count(t))

-- strings and numbers as values never go while the key is held
local keep = {}
t[keep] = 42
collectgarbage()
print("number value", t[keep])

-- a table that becomes weak-keyed after it was filled, and then strong again
local late = {}
do
  for i = 1, 5 do local o = {}; late[o] = {o} end
end
collectgarbage()
print("strong table keeps its entries", count(late))
setmetatable(late, {__mode = "k"})
collectgarbage()
print("after it becomes weak-keyed", count(late))
local strong = setmetatable({}, {__mode = "k"})
local s1 = {}
strong[s1] = {s1}
setmetatable(strong, nil)
s1 = nil
collectgarbage()
print("after it becomes strong again", count(strong))

-- mode "kv": both weak; a value held elsewhere keeps nothing of its entry's key
local kv = setmetatable({}, {__mode = "kv"})
local v = {}
kv[{}] = v
collectgarbage()
print("kv entry with a dead key", count(kv))
