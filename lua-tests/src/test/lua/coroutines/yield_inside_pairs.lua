-- a __pairs metamethod may yield; pairs then returns exactly its first three results
local t = setmetatable({10, 20, 30}, {__pairs = function (t)
  local inc = coroutine.yield("in __pairs")
  return function (t, i)
    if i > 1 then return i - inc, t[i - inc] end
  end, t, #t + 1, "fourth"
end})
local co = coroutine.wrap(function ()
  local seen = {}
  for i, v in pairs(t) do seen[#seen + 1] = i .. "=" .. v end
  print(seen[1], seen[2], seen[3], #seen)
  print(select("#", pairs(t)))
  return "done"
end)
print(co())
print(co(1))
print(co(1))
