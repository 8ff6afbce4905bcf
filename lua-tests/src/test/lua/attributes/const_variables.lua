-- <const> locals can be read like any local, and captured by closures.
local x <const> = 10
local s <const> = "text"
local t <const> = {}
t.field = "tables stay mutable"
local function get() return x, s end
print(x * 2, s, t.field, get())
local a <const>, b = 1, 2
b = 3
print(a, b)
