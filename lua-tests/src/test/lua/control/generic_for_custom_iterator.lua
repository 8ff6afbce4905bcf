-- The generic for calls the iterator with the state and the control variable until nil.
local function range(n)
  return function(limit, current)
    if current < limit then return current + 1, current * 2 end
  end, n, 0
end
for i, twice in range(4) do print(i, twice) end
local function words()
  local list, index = {"alpha", "beta", "gamma"}, 0
  return function()
    index = index + 1
    return list[index]
  end
end
for w in words() do print(w) end
