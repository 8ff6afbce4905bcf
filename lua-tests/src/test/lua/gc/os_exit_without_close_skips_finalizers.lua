-- os.exit(status) ends the program at once, without closing the state: no finalizer runs,
-- but what was written is not lost
local keep = setmetatable({}, {__gc = function() print("never") end})
io.write("exiting without close")
os.exit(true)
