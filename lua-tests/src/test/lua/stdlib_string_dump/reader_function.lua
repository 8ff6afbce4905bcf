-- A binary chunk may be handed to load one byte at a time by a reader function.
local function read1(x)
  local i = 0
  return function () i = i + 1; return string.sub(x, i, i) end
end
local d = string.dump(function () return '01234567890123456789012345678901234567890123456789' end)
print(load(read1(d))())
local x = string.dump(load("x = 1; return x"))
local a = assert(load(read1(x), nil, "b"))
print(a(), x == nil, _G.x)
print(load(read1(x), nil, "t"))
