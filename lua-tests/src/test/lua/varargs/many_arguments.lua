-- Calls with many arguments and many results keep them all.
local function count(...) return select("#", ...) end
local function sum(...)
  local s = 0
  for _, v in ipairs({...}) do s = s + v end
  return s
end
local t = {}
for i = 1, 200 do t[i] = i end
local function unpack(list, i)
  i = i or 1
  if i <= #list then return list[i], unpack(list, i + 1) end
end
print(count(unpack(t)), sum(unpack(t)))
print(select(200, unpack(t)))
