-- Library functions that return many values check for stack room first, and fail with their
-- own message near the stack's limit (about a million slots), not with a stack overflow.
print((pcall(table.unpack, {}, 1, 999900)))
print(pcall(table.unpack, {}, 1, 999990))
print(pcall(table.unpack, {}, 1, 2^40))
print(pcall(function() local x = table.unpack({}, 1, 999999) end))

local big = string.rep("x", 999990)
print(pcall(string.byte, big, 1, -1))
print(pcall(function() local x = string.byte(big, 1, -1) end))
print((pcall(string.byte, big, 1, 999900)))

print(pcall(string.unpack, string.rep("b", 999999), string.rep("x", 999999)))
print((pcall(string.unpack, string.rep("b", 999000), string.rep("x", 999000))))

-- a coroutine's results must fit in the resumer's stack as well
local co = coroutine.create(function() return table.unpack({}, 1, 999900) end)
print((coroutine.resume(co)))
local function deep(...)
  local co2 = coroutine.create(function() return table.unpack({}, 1, 999970) end)
  return coroutine.resume(co2)
end
print(deep(table.unpack({}, 1, 200)))
