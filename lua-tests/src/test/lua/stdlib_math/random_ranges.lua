-- math.random: floats in [0,1), integers in [1,m] and [m,n], and the argument errors
math.randomseed(42)
local okf, oki, okr = true, true, true
for _ = 1, 1000 do
  local f = math.random()
  if math.type(f) ~= "float" or f < 0 or f >= 1 then okf = false end
  local i = math.random(6)
  if math.type(i) ~= "integer" or i < 1 or i > 6 then oki = false end
  local r = math.random(-3, 3)
  if r < -3 or r > 3 then okr = false end
end
print(okf, oki, okr)
print(math.random(5, 5), math.random(math.mininteger, math.mininteger))
print(math.type(math.random(math.mininteger, math.maxinteger)), math.type(math.random(0)))
print(pcall(math.random, 0, -1))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1.5))
print(pcall(math.random, 0.0))
print(math.random(3.0) <= 3)
