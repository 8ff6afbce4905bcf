-- A to-be-closed variable's __close runs when its scope ends, in reverse order of declaration.
local function closer(name)
  return setmetatable({}, {__close = function(self, err)
    print("close", name, err)
  end})
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  print("body")
end
print("after block")
