-- '...' exists only in vararg functions.
local function f() return ... end
