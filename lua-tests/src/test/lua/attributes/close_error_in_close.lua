-- An error inside __close replaces the error being propagated.
local ok, msg = pcall(function()
  local a <close> = setmetatable({}, {__close = function(_, err)
    error("from close after " .. tostring(err), 0)
  end})
  error("original", 0)
end)
print(ok, msg)
local ok2, msg2 = pcall(function()
  local b <close> = setmetatable({}, {__close = function() error("close only", 0) end})
  return "normal"
end)
print(ok2, msg2)
