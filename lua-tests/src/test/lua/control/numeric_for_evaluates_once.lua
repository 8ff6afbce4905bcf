-- Start, limit and step are evaluated once, before the loop starts.
local calls = 0
local function limit() calls = calls + 1; return 3 end
for i = 1, limit() do end
print(calls)
local n = 3
for i = 1, n do n = 10 end
print(n)
