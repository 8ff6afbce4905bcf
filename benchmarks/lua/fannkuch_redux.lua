-- fannkuch_redux: for every permutation of 1..n, repeatedly reverse the prefix
-- whose length is the first element until 1 comes first; report the largest
-- number of reversals and a checksum that adds or subtracts each count by the
-- parity of the permutation's index. Measures array reads and writes with
-- computed indices, short loops and branches.
-- Usage: fannkuch_redux.lua [n [repeats]]   (n = 8, repeats = 1)
local n = tonumber(arg and arg[1]) or 8
local repeats = tonumber(arg and arg[2]) or 1

-- Number of reversals that bring 1 to the front of a copy of p.
local function count_flips(p, scratch)
  for i = 1, n do scratch[i] = p[i] end
  local flips = 0
  local k = scratch[1]
  while k ~= 1 do
    local lo, hi = 1, k
    while lo < hi do
      scratch[lo], scratch[hi] = scratch[hi], scratch[lo]
      lo, hi = lo + 1, hi - 1
    end
    flips = flips + 1
    k = scratch[1]
  end
  return flips
end

-- Visits the permutations in the order produced by successive left rotations
-- of ever longer prefixes (each prefix of length r+1 is rotated r+1 times
-- before the next longer one advances), which fixes the checksum's signs.
local function fannkuch()
  local p, scratch, rotations = {}, {}, {}
  for i = 1, n do p[i] = i end
  local max_flips, checksum, index = 0, 0, 0
  local r = n
  while true do
    while r ~= 1 do
      rotations[r] = r
      r = r - 1
    end

    local flips = count_flips(p, scratch)
    if flips > max_flips then max_flips = flips end
    if index % 2 == 0 then checksum = checksum + flips else checksum = checksum - flips end

    -- Advance: rotate the shortest prefix that has rotations left.
    while true do
      if r == n then return checksum, max_flips end
      local head = p[1]
      for i = 1, r do p[i] = p[i + 1] end
      p[r + 1] = head
      rotations[r + 1] = rotations[r + 1] - 1
      if rotations[r + 1] > 0 then break end
      r = r + 1
    end
    index = index + 1
  end
end

local checksum, max_flips
for _ = 1, repeats do
  checksum, max_flips = fannkuch()
end
print(checksum)
print(string.format("Pfannkuchen(%d) = %d", n, max_flips))
