-- loop_int: integer numeric for loops over locals: +, -, *, %, comparisons and
-- a branch per iteration. No calls, no tables: the cost is the dispatch loop
-- and integer arithmetic.
-- Usage: loop_int.lua [n]   (n = 1000000 iterations of the outer loop)
local n = tonumber(arg and arg[1]) or 1000000

local sum, odd, big = 0, 0, 0
for i = 1, n do
  local x = (i * i + 3 * i + 7) % 65521
  sum = (sum + x) % 1000000007
  if x % 2 == 1 then odd = odd + 1 end
  -- a short inner loop, counting down, so loop set-up is measured too
  for j = 3, 1, -1 do
    x = x - j
  end
  if x > 32000 then big = big + 1 end
end
print(string.format("loop_int %d: sum=%d odd=%d big=%d", n, sum, odd, big))
