-- mandelbrot: escape-time iteration of z = z^2 + c over an n-by-n grid of the
-- region [-1.5, 0.5] x [-1, 1], at most 50 iterations per point. The bitmap
-- is folded into a checksum (8 points to a byte, as a PBM row would pack
-- them) instead of being printed. Measures float arithmetic in tight loops.
-- Usage: mandelbrot.lua [n]   (n = 200)
local n = tonumber(arg and arg[1]) or 200
local MAX_ITER = 50

local inside, checksum = 0, 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  local byte, bits = 0, 0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local escaped = false
    for _ = 1, MAX_ITER do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2, zi2 = zr * zr, zi * zi
      if zr2 + zi2 > 4.0 then
        escaped = true
        break
      end
    end
    byte = byte * 2
    if not escaped then
      byte = byte + 1
      inside = inside + 1
    end
    bits = bits + 1
    if bits == 8 or x == n - 1 then
      -- pad a short last byte on the right, as a PBM row would
      for _ = bits + 1, 8 do byte = byte * 2 end
      checksum = (checksum * 31 + byte) % 1000000007
      byte, bits = 0, 0
    end
  end
end
print(string.format("mandelbrot %d: inside=%d checksum=%d", n, inside, checksum))
