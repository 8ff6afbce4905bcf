-- Leaving a scope by return, break or goto closes its variables.
local function closer(name)
  return setmetatable({}, {__close = function() print("close", name) end})
end
local function f()
  local x <close> = closer("return")
  return "returned"
end
print(f())
for i = 1, 3 do
  local y <close> = closer("iteration " .. i)
  if i == 2 then break end
end
do
  local z <close> = closer("goto")
  goto out
end
::out::
print("end")
