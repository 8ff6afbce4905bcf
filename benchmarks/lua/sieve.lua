-- sieve: the sieve of Eratosthenes over a fresh boolean array, repeated.
-- Measures array stores and loads with a stride, numeric for loops with a
-- step, and the allocation and growth of a large array part.
-- Usage: sieve.lua [limit [repeats]]   (limit = 100000, repeats = 1)
local limit = tonumber(arg and arg[1]) or 100000
local repeats = tonumber(arg and arg[2]) or 1

local function sieve()
  local composite = {}
  for i = 1, limit do composite[i] = false end
  local count, sum = 0, 0
  for i = 2, limit do
    if not composite[i] then
      count = count + 1
      sum = (sum + i) % 1000000007
      for j = i * i, limit, i do
        composite[j] = true
      end
    end
  end
  return count, sum
end

local count, sum
for _ = 1, repeats do
  count, sum = sieve()
end
print(string.format("primes up to %d: %d, sum mod 1e9+7: %d", limit, count, sum))
