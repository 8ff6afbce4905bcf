-- The position is where the failing operation is, not where the call started.
local function inner(t) return t.x.y end
local function outer() return inner({}) end
print("start")
outer()
