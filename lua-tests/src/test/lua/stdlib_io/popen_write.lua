-- io.popen(command, "w") writes to the command's input
local name = os.tmpname()
local p = io.popen("cat > " .. name, "w")
print(p:write("line one\n", 2, " ", 3.5, "\n") == p)
print(p:close())
for line in io.lines(name) do print(line) end
os.remove(name)
io.stdout:flush()
p = io.popen("cat", "w")
p:write("through cat to stdout\n")
p:close()
print("after")
