-- Only variables and fields can be assigned.
local function f() end
f() = 1
