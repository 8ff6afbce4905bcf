-- read(0) gives "" if there is more to read and nil at the end of the file, reading nothing
local name = os.tmpname()
local f = io.open(name, "w") f:write("ab") f:close()
f = io.open(name)
print(f:read(0), f:read(1), f:read(0), f:read(1), f:read(0))
f:close()
os.remove(name)
