-- Every proper prefix of a binary chunk is a load error that says the chunk is truncated.
local c = string.dump(function ()
  local a = 1; local b = 3
  local f = function () return a + b + _ENV.c end
  local s1 = "a constant"
  return a + b * 3
end)
print(load(c)())
local truncated = 0
for i = 1, #c - 1 do
  local f, msg = load(string.sub(c, 1, i))
  if not f and msg == "binary string: bad binary format (truncated chunk)" then truncated = truncated + 1 end
end
print(truncated == #c - 1)
print(load(string.sub(c, 1, 10)))
print(load(string.sub(c, 1, 10), "=name"))
print(load(string.sub(c, 1, 10), "@file.lua"))
print(load(string.sub(c, 1, 10), "chunk"))
