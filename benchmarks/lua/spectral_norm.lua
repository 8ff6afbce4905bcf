-- spectral_norm: the largest singular value of the infinite matrix
-- A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), by power iteration on A^T A.
-- Measures float division, nested numeric for loops and array reads/writes.
-- Usage: spectral_norm.lua [n]   (n = 100, the size of the truncated matrix)
local n = tonumber(arg and arg[1]) or 100
local sqrt = math.sqrt

-- string.format("%.Nf", x) built from integers: LuaJ 3.0.1's %f ignores the
-- precision, and every Lua compared must print the same line.
local function fixed(x, places)
  local scale = 10 ^ places
  local units = math.floor(math.abs(x) * scale + 0.5)
  local whole = math.floor(units / scale)
  local fraction = string.format("%d", units - whole * scale)
  return string.format("%s%d.%s", x < 0 and "-" or "", whole,
                       string.rep("0", places - #fraction) .. fraction)
end

-- Indices are 0-based in the formula, 1-based in the tables.
local function a(i, j)
  local s = i + j
  return 1.0 / (s * (s + 1) / 2 + i + 1)
end

-- out = A * v
local function mul_a(v, out)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do
      sum = sum + a(i, j) * v[j + 1]
    end
    out[i + 1] = sum
  end
end

-- out = A^T * v
local function mul_at(v, out)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do
      sum = sum + a(j, i) * v[j + 1]
    end
    out[i + 1] = sum
  end
end

-- out = A^T * A * v, through a scratch vector
local function mul_ata(v, out, scratch)
  mul_a(v, scratch)
  mul_at(scratch, out)
end

local u, v, scratch = {}, {}, {}
for i = 1, n do u[i] = 1.0 end
for _ = 1, 10 do
  mul_ata(u, v, scratch)
  mul_ata(v, u, scratch)
end

local vbv, vv = 0.0, 0.0
for i = 1, n do
  vbv = vbv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(fixed(sqrt(vbv / vv), 9))
