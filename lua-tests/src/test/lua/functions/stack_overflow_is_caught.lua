-- Unbounded recursion raises a "stack overflow" error that pcall catches.
local function contains(s, sub) return string.find(s, sub, 1, true) ~= nil end

local function runaway(n) return 1 + runaway(n + 1) end
local ok, msg = pcall(runaway, 1)
print(ok, type(msg), contains(msg, "stack overflow"))
-- The interpreter still works normally afterwards.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(1000))
