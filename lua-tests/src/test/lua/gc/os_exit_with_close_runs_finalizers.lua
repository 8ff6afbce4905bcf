-- os.exit(status, true) closes the state first: the finalizers run
local keep = setmetatable({}, {__gc = function() print("__gc at close") end})
print("exiting")
os.exit(0, true)
