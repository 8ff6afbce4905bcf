-- The handler runs at the point of the error, before to-be-closed variables are closed.
local log = {}
local function closer() return setmetatable({}, {__close = function() log[#log + 1] = "closed" end}) end
print(xpcall(function()
  local c <close> = closer()
  error("oops", 0)
end, function(e) log[#log + 1] = "handler"; return e end))
print(log[1], log[2])
