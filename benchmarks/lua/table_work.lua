-- table_work: the common table operations: appending with t[#t+1] and
-- table.insert, inserting and removing at the front and the middle, a
-- string-keyed hash part (insert, update, lookup, delete), traversal with
-- pairs and ipairs, and table.sort with the default order and a comparator.
-- Usage: table_work.lua [n]   (n = 200 rounds)
local n = tonumber(arg and arg[1]) or 200
local insert, remove, sort = table.insert, table.remove, table.sort

-- Park-Miller generator: the products stay below 2^53, so every Lua (and
-- every number representation) computes the same sequence.
local seed = 42
local function random(m)
  seed = seed * 16807 % 2147483647
  return seed % m + 1
end

local checksum = 0
local function add(x)
  checksum = (checksum * 17 + x) % 1000000007
end

for round = 1, n do
  -- array part: append, insert, remove
  local list = {}
  for i = 1, 500 do list[#list + 1] = random(100000) end
  for i = 1, 100 do insert(list, random(100000)) end
  for i = 1, 20 do insert(list, 1, i) end
  for i = 1, 20 do insert(list, #list - 10, i) end
  for i = 1, 30 do add(remove(list)) end
  for i = 1, 10 do add(remove(list, 1)) end
  local sum = 0
  for _, v in ipairs(list) do sum = sum + v end
  add(sum % 1000003)

  -- hash part: string keys
  local counts = {}
  for i = 1, 400 do
    local key = "w" .. random(150)
    counts[key] = (counts[key] or 0) + 1
  end
  for i = 1, 150, 3 do counts["w" .. i] = nil end
  local keys, distinct, occurrences = {}, 0, 0
  for k, v in pairs(counts) do
    distinct = distinct + 1
    occurrences = occurrences + v
    keys[#keys + 1] = k
  end
  add(distinct)
  add(occurrences)

  -- sorting: numbers by <, strings by <, records by a comparator with a
  -- tie-break so the order is total and every Lua sorts alike
  sort(list)
  add(list[1])
  add(list[#list])
  add(list[(#list - #list % 2) / 2 + 1])
  sort(keys)
  add(#keys[1] + #keys[#keys])
  local records = {}
  for i, k in ipairs(keys) do
    records[i] = { name = k, count = counts[k] }
  end
  sort(records, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.name < b.name
  end)
  add(records[1].count)
  add(#records[1].name)
  add(records[#records].count)
end
print(string.format("table_work %d: checksum=%d", n, checksum))
