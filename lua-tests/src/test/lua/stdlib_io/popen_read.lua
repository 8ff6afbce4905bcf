-- io.popen(command) reads what the command writes
local p = io.popen("echo hello; echo world")
print(io.type(p))
print(p:read("l"))
print(p:read("a"))
print(p:close())
for line in io.popen("printf '1\\n2\\n3\\n'"):lines("n") do print(line) end
p = io.popen("echo 42 rest", "r")
print(p:read("n", "l"))
p:close()
