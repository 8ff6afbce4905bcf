-- Tables nest, and a table may contain itself.
local t = {a = {b = {c = {}}}}
t.a.b.c.d = "deep"
print(t.a.b.c.d)
t.self = t
print(t.self.self.self == t, t.self.a.b.c.d)
local grid = {}
for i = 1, 3 do
  grid[i] = {}
  for j = 1, 3 do grid[i][j] = i * 10 + j end
end
print(grid[1][1], grid[2][3], grid[3][2])
