-- After a stack overflow is caught, the stack is back to its limit: the next overflow is
-- an ordinary one again, with its position, and not taken for an error while handling one.
local depth = 0
local function recurse() depth = depth + 1; recurse() end
for round = 1, 3 do
  depth = 0
  local ok, msg = pcall(recurse)
  print(round, ok, msg, depth > 100000)
end
-- and the thread goes on working normally
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(10000))
