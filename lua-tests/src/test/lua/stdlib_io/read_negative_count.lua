-- a negative count is a size no memory can hold
print(pcall(io.read, -1))
local name = os.tmpname()
local f = io.open(name, "w") f:write("data") f:close()
f = io.open(name)
print(pcall(f.read, f, math.mininteger))
print(f:read("a"))
f:close()
os.remove(name)
