-- The variables of a generic for are fresh in every iteration too.
local fns = {}
for i, v in ipairs({"a", "b", "c"}) do fns[i] = function() return i .. v end end
print(fns[1](), fns[2](), fns[3]())
