-- file:lines does not close its file at the end of the loop
local name = os.tmpname()
local f = io.open(name, "w") f:write("1\n2\n") f:close()
f = io.open(name)
for line in f:lines() do print(line) end
print(io.type(f), f:read("a") == "")
print(f:seek("set"), f:read("l"))
f:close()
os.remove(name)
