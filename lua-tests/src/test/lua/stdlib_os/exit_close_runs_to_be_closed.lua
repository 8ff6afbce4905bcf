-- os.exit with close = true closes the state: pending to-be-closed variables are closed first
local function closer(name) return setmetatable({}, {__close = function () print("closed", name) end}) end
local a <close> = closer("a")
local function f()
  local b <close> = closer("b")
  os.exit(0, true)
end
f()
print("never printed")
