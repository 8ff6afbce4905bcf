-- Asking for the memory in use, or for a value's type, uses no memory: a
-- collection after a thousand questions is back where it started.
local function ask(n)
  for i = 1, n do collectgarbage("count") end
end
local function types(n)
  local names = 0
  for i = 1, n do
    if type(i) == "number" then names = names + 1 end
  end
  return names
end
ask(10); types(10)   -- a first run may load code

collectgarbage(); collectgarbage()
local m = collectgarbage("count")
ask(1000)
print("count asked 1000 times", collectgarbage("count") - m < 8)

m = collectgarbage("count")
print("type called", types(1000), collectgarbage("count") - m < 8)

-- so a weak table's collected key shows as freed, and not hidden by the
-- garbage of the questions (upstream gc.lua's test of string keys)
do
  collectgarbage(); collectgarbage()
  local m = collectgarbage("count")
  local a = setmetatable({}, {__mode = "kv"})
  a[string.rep("a", 2^22)] = 25
  a[string.rep("b", 2^22)] = {}
  a[{}] = 14
  print("both keys counted", collectgarbage("count") > m + 2^13)
  collectgarbage()
  local kept = collectgarbage("count") - m
  -- 2^12 less a margin: run inside the test JVM, the heap also holds what
  -- other scripts left (a finished thread, objects waiting for finalization),
  -- and it may be freed between the two collections (20 KB has been seen)
  print("one 4 MiB key kept", kept >= 2^12 - 64 and kept < 2^13)
end
