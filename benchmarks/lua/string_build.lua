-- string_build: building and scanning strings: concatenation with .. in a
-- loop, table.concat, string.format, string.rep, gsub (pattern and function
-- replacement), find (plain and pattern) and gmatch. Measures string
-- creation, interning/hashing and the pattern matcher.
-- Usage: string_build.lua [n]   (n = 2000 rounds)
local n = tonumber(arg and arg[1]) or 2000
local format, rep, concat = string.format, string.rep, table.concat
local floor = math.floor

-- Folds a string's length and a few of its bytes into a running hash.
local function mix(h, s)
  local len = #s
  if len > 0 then
    h = h * 31 + len + s:byte(1) * 7 + s:byte(len) * 3 + s:byte(floor((len + 1) / 2))
  end
  return h % 1000000007
end

local hash, total = 0, 0
for i = 1, n do
  -- repeated .. on a growing string
  local csv = ""
  for j = 1, 20 do
    csv = csv .. j .. ","
  end

  -- formatted pieces joined by table.concat
  local parts = {}
  for j = 1, 20 do
    parts[#parts + 1] = format("%d:%s:%x:%5d", j, "k" .. (i + j) % 7, i * j * 7, i * j)
  end
  local joined = concat(parts, ";")

  local padding = rep("ab-", 10 + i % 5)

  -- pattern replacement with a string and with a function
  local upper = joined:gsub("k(%d)", "K%1")
  local lengths, replaced = joined:gsub("%d+", function(d) return #d end)

  -- searches
  local plain = joined:find(":k3:", 1, true) or 0
  local first, last, digits = joined:find("(%d%d%d)")
  local words = 0
  for key, num in joined:gmatch("(k%d):(%x+)") do
    words = words + #key + #num
  end

  total = total + #csv + #joined + #padding + #upper + #lengths + replaced
          + plain + (first or 0) + (last or 0) + words
  hash = mix(hash, csv)
  hash = mix(hash, joined)
  hash = mix(hash, upper)
  hash = mix(hash, lengths)
  hash = mix(hash, padding .. (digits or ""))
end
print(format("string_build %d: total=%d hash=%d", n, total, hash))
