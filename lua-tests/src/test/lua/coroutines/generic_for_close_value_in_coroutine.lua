-- a generic for's closing value is closed when the loop breaks, also after yields inside the loop
local co = coroutine.wrap(function ()
  local closing = setmetatable({}, {__close = function () print("iterator closed") end})
  for i in function (_, i) i = i + 1; if i <= 5 then return i end end, nil, 0, closing do
    coroutine.yield(i)
    if i == 3 then break end
  end
  return "after loop"
end)
print(co(), co(), co(), co())
