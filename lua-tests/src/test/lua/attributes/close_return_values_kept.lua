-- Return values are computed before the variables close, and survive the closing.
local log = {}
local function f()
  local t = {value = "kept"}
  local c <close> = setmetatable({}, {__close = function() t.value = "changed"; log[#log + 1] = "closed" end})
  return t.value, t
end
local v, t = f()
print(v, t.value, log[1])
