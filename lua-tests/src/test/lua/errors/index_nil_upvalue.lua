-- Indexing a nil upvalue names the upvalue.
local z
local function f() return z.field end
f()
