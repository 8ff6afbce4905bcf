-- fib: naive doubly recursive Fibonacci. Measures function calls and returns,
-- upvalue access (the local function calls itself through its upvalue) and
-- small-integer addition.
-- Usage: fib.lua [n [repeats]]   (n = 27, repeats = 1 by default)
local n = tonumber(arg and arg[1]) or 27
local repeats = tonumber(arg and arg[2]) or 1

local function fib(k)
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end

local result
for _ = 1, repeats do
  result = fib(n)
end
print(string.format("fib(%d) = %d", n, result))
