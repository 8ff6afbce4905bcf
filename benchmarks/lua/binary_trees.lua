-- binary_trees: allocate many short-lived complete binary trees (two-element
-- tables) and walk them recursively, while one long-lived tree stays
-- reachable. Measures table allocation, garbage collection and recursion.
-- Usage: binary_trees.lua [max_depth [repeats]]   (max_depth = 12, repeats = 1)
local max_depth = tonumber(arg and arg[1]) or 12
local repeats = tonumber(arg and arg[2]) or 1
local min_depth = 4
if max_depth < min_depth + 2 then max_depth = min_depth + 2 end

-- A leaf is an empty table; an inner node holds its two children at [1], [2].
local function build(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { build(depth), build(depth) }
end

-- Number of nodes in the tree.
local function check(node)
  local left = node[1]
  if left == nil then return 1 end
  return 1 + check(left) + check(node[2])
end

local function power_of_two(k)
  local p = 1
  for _ = 1, k do p = p * 2 end
  return p
end

local lines
for _ = 1, repeats do
  lines = {}
  local stretch = max_depth + 1
  lines[#lines + 1] = string.format("stretch tree of depth %d\t check: %d", stretch, check(build(stretch)))

  local long_lived = build(max_depth)
  for depth = min_depth, max_depth, 2 do
    local trees = power_of_two(max_depth - depth + min_depth)
    local total = 0
    for _ = 1, trees do
      total = total + check(build(depth))
    end
    lines[#lines + 1] = string.format("%d\t trees of depth %d\t check: %d", trees, depth, total)
  end
  lines[#lines + 1] = string.format("long lived tree of depth %d\t check: %d", max_depth, check(long_lived))
end
print(table.concat(lines, "\n"))
