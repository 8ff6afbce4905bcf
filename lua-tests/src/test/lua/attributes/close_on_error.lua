-- An error closes pending variables; __close receives the error object.
local function closer(name)
  return setmetatable({}, {__close = function(_, err) print("close", name, err) end})
end
local ok, msg = pcall(function()
  local a <close> = closer("a")
  local b <close> = closer("b")
  error("failure", 0)
end)
print(ok, msg)
