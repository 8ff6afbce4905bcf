-- When the program ends, the state is closed (lua_close), and the __gc of every object still
-- marked for finalization runs, reachable or not, in the reverse order of their marking; an
-- error in one is only a warning; an object marked while closing is not finalized.
local keep = {}
for _, name in ipairs{"first", "second", "third"} do
  keep[name] = setmetatable({}, {__gc = function()
    print("__gc of " .. name)
    setmetatable({}, {__gc = function() print("never: marked while closing") end})
  end})
end
keep.failing = setmetatable({}, {__gc = function() error("ignored") end})
-- a second metatable with __gc does not mark an object again: it keeps its first place
local twice = setmetatable({}, {__gc = function() print("__gc of twice") end})
keep.last = setmetatable({}, {__gc = function() print("__gc of last") end})
setmetatable(twice, getmetatable(twice))
keep.twice = twice
print("end of the program")
