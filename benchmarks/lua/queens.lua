-- queens: count the placements of n non-attacking queens on an n-by-n board by
-- backtracking, column by column. Measures recursion, boolean array reads and
-- writes and index arithmetic.
-- Usage: queens.lua [n [repeats]]   (n = 8, repeats = 1)
local n = tonumber(arg and arg[1]) or 8
local repeats = tonumber(arg and arg[2]) or 1

local function count_solutions()
  -- taken_row[r], taken_up[r + c], taken_down[r - c + n]
  local taken_row, taken_up, taken_down = {}, {}, {}
  for i = 1, 2 * n do
    taken_row[i], taken_up[i], taken_down[i] = false, false, false
  end

  local function place(col)
    if col > n then return 1 end
    local found = 0
    for row = 1, n do
      local up, down = row + col, row - col + n
      if not (taken_row[row] or taken_up[up] or taken_down[down]) then
        taken_row[row], taken_up[up], taken_down[down] = true, true, true
        found = found + place(col + 1)
        taken_row[row], taken_up[up], taken_down[down] = false, false, false
      end
    end
    return found
  end

  return place(1)
end

local solutions
for _ = 1, repeats do
  solutions = count_solutions()
end
print(string.format("%d-queens: %d solutions", n, solutions))
