-- Suspended coroutines that nobody references are garbage like any other value:
-- 100,000 of them, each suspended once, are all gone after a full collection.
local weak = setmetatable({}, {__mode = "v"})
local function spawn(i)
  local co = coroutine.create(function(x) coroutine.yield(x) end)
  assert(coroutine.resume(co, i))
  assert(coroutine.status(co) == "suspended")
  weak[i] = co
end
for i = 1, 100000 do spawn(i) end
collectgarbage()
collectgarbage()
local left = 0
for _ in pairs(weak) do left = left + 1 end
print("suspended coroutines left after collection:", left)
