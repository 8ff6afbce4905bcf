-- __index tables chain: a lookup walks through several metatables.
local base = {greet = function() return "hello from base" end, level = "base"}
local middle = setmetatable({level = "middle"}, {__index = base})
local top = setmetatable({}, {__index = middle})
print(top.greet(), top.level, top.nothing)
