-- A closure reads the variable at call time, not its value at creation time.
local msg = "before"
local function show() return msg end
msg = "after"
print(show())
local fns = {}
local shared = 0
for i = 1, 3 do fns[i] = function() return shared + i end end
shared = 100
print(fns[1](), fns[3]())
