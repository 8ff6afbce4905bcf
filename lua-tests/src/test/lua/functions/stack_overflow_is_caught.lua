-- Unbounded recursion raises a "stack overflow" error that pcall catches.
-- contains() finds a substring with only comparisons: it recovers each byte of s by
-- binary search over one-byte strings, since the string library is not used here.
local bytes = {}
for b = 0, 255 do bytes[b] = load("return '\\" .. b .. "'")() end
local function explode(s)
  local prefix, out = "", {}
  for i = 1, #s do
    local lo, hi = 0, 255
    while lo < hi do
      local mid = (lo + hi + 1) // 2
      if prefix .. bytes[mid] <= s then lo = mid else hi = mid - 1 end
    end
    prefix = prefix .. bytes[lo]
    out[i] = bytes[lo]
  end
  return out
end
local function contains(s, sub)
  local chars = explode(s)
  for i = 1, #s - #sub + 1 do
    local window = ""
    for j = i, i + #sub - 1 do window = window .. chars[j] end
    if window == sub then return true end
  end
  return false
end

local function runaway(n) return 1 + runaway(n + 1) end
local ok, msg = pcall(runaway, 1)
print(ok, type(msg), contains(msg, "stack overflow"))
-- The interpreter still works normally afterwards.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(1000))
