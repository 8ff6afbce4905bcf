-- 10,000 nested if statements are rejected by load with a clear error, not a crash.
-- contains(s, sub) without the string library: each byte of s is recovered by binary
-- search over one-byte strings, using only comparison and concatenation.
local bytes = {}
for b = 0, 255 do bytes[b] = load("return '\\" .. b .. "'")() end
local function contains(s, sub)
  local chars, prefix = {}, ""
  for i = 1, #s do
    local lo, hi = 0, 255
    while lo < hi do
      local mid = (lo + hi + 1) // 2
      if prefix .. bytes[mid] <= s then lo = mid else hi = mid - 1 end
    end
    prefix = prefix .. bytes[lo]
    chars[i] = bytes[lo]
  end
  for i = 1, #s - #sub + 1 do
    local window = ""
    for j = i, i + #sub - 1 do window = window .. chars[j] end
    if window == sub then return true end
  end
  return false
end
local function rep(s, n)
  local r = ""
  while n > 0 do
    if n % 2 == 1 then r = r .. s end
    s = s .. s
    n = n // 2
  end
  return r
end
local function report(f, msg)
  print(f == nil, type(msg) == "string" and (contains(msg, "overflow") or contains(msg, "too many")))
end
report(load(rep("if true then ", 10000) .. rep("end ", 10000)))
