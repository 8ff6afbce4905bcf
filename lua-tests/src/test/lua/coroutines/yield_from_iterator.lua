-- a generic for's iterator function may yield; the loop goes on with the resumed values
local function iter(state, i)
  local v = coroutine.yield("asking for " .. (i + 1))
  if v then return i + 1, v end
end
local co = coroutine.wrap(function ()
  for i, v in iter, nil, 0 do print("loop", i, v) end
  return "loop ended"
end)
print(co())
print(co("x"))
print(co("y"))
print(co(nil))
