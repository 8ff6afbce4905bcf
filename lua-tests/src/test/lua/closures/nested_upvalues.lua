-- Upvalues are found through several levels of nesting.
local function a()
  local x = "a's x"
  return function()
    local y = "b's y"
    return function()
      x = x .. "!"
      return x, y
    end
  end
end
local c = a()()
print(c())
print(c())
