-- 200,000 levels of non-tail recursion are within the limits.
local function depth(n)
  if n == 0 then return 0 end
  return 1 + depth(n - 1)
end
print(depth(200000))
local function sum(n)
  if n == 0 then return 0 end
  return n + sum(n - 1)
end
print(sum(200000))
