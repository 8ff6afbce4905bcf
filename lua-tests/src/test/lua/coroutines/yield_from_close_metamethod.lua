-- a __close metamethod may yield when its variable goes out of scope: at the end of a block,
-- on break, and on return (several variables, closed innermost first)
local function closer(name)
  return setmetatable({}, {__close = function () print("closing " .. name, coroutine.yield(name)) end})
end
local co = coroutine.wrap(function ()
  do
    local x <close> = closer("block")
    print("block body")
  end
  for i = 1, 3 do
    local y <close> = closer("loop " .. i)
    if i == 2 then break end
  end
  local function f()
    local a <close> = closer("a")
    local b <close> = closer("b")
    return "f's result", 2
  end
  print(f())
  return "end"
end)
local r = co()
while r ~= "end" do
  print("yielded", r)
  r = co("resumed after " .. r)
end
