-- io.write and file:write return the file they wrote to, so writes can be chained
print(io.write("a", "b", "\n") == io.stdout)
io.write("x"):write("y"):write("\n")
local name = os.tmpname()
local f = io.open(name, "w")
print(f:write("one") == f, f:write() == f, f:write("") == f)
f:close()
os.remove(name)
