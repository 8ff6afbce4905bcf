-- coroutines resuming coroutines without end hit the C stack limit: "C stack overflow", raised
-- again by each wrap on the way out, each adding its position
local function nest() return coroutine.wrap(nest)() end
local ok, msg = pcall(nest)
local levels = select(2, string.gsub(msg, "resume_stack_overflow.lua:3: ", ""))
print(ok, string.match(msg, "C stack overflow$"), levels > 100, levels < 250)
