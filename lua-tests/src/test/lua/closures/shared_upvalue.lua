-- Closures created in the same scope share the same variable, not a copy of it.
local function pair()
  local value = 0
  local function get() return value end
  local function set(v) value = v end
  return get, set
end
local get, set = pair()
set(42)
print(get())
local x = 1
local function readx() return x end
x = 2
print(readx())
