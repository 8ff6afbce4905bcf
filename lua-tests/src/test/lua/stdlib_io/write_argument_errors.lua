-- write accepts only strings and numbers; the arguments before a bad one are written
print(pcall(io.write, {}))
print(pcall(io.write, "ok ", nil))
print(pcall(io.write, true))
local name = os.tmpname()
local f = io.open(name, "w")
print(pcall(f.write, f, "a", "b", print))
print(pcall(function() return f:write(1, {}) end))
f:close()
for line in io.lines(name) do print(line) end
os.remove(name)
