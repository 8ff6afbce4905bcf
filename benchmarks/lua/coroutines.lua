-- coroutines (needs coroutine support): resume/yield round trips. A generator
-- made with coroutine.wrap yields n values to a consumer loop, and a pair of
-- coroutines made with coroutine.create pass values both ways through resume
-- and yield; together n resume/yield pairs. Measures the cost of switching
-- coroutines and passing values across the switch.
-- Usage: coroutines.lua [n]   (n = 1000000 resume/yield pairs)
local n = tonumber(arg and arg[1]) or 1000000
local yield, resume, create, wrap = coroutine.yield, coroutine.resume, coroutine.create, coroutine.wrap

local half = math.floor(n / 2)

-- 1. a generator: for-in over coroutine.wrap, one value per yield
local function range(limit)
  return wrap(function()
    for i = 1, limit do yield(i) end
  end)
end
local sum = 0
for v in range(half) do
  sum = (sum + v * 3) % 1000000007
end

-- 2. a coroutine that receives a value with every resume and answers it,
-- until it is resumed with nil
local echo = create(function(x)
  while x do
    x = yield(x * 2 % 1000003, x % 7)
  end
  return "done"
end)
local acc = 0
for i = 1, n - half do
  local ok, doubled, rest = resume(echo, i)
  acc = (acc + doubled + rest) % 1000000007
end
local _, last = resume(echo, nil)
print(string.format("coroutines %d: sum=%d acc=%d %s %s", n, sum, acc, last, coroutine.status(echo)))
