-- io.lines() reads the default input file and leaves it open
local name = os.tmpname()
local f = io.open(name, "w") f:write("x\ny\n") f:close()
io.input(name)
for line in io.lines() do print(line) end
print(io.type(io.input()))
for n in io.lines(nil, "n") do print(n) end
io.input():close()
print(pcall(io.lines))
io.input(io.stdin)
os.remove(name)
