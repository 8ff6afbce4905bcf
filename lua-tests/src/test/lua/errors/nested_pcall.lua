-- An error is caught by the innermost pcall; outer code continues normally.
local function inner() error("inner failure", 0) end
local function middle()
  local ok, e = pcall(inner)
  print("middle caught", ok, e)
  error("middle failure", 0)
end
print(pcall(middle))
print(pcall(function()
  return pcall(function() return pcall(error, "deep", 0) end)
end))
