-- io.lines and file:lines take read formats; the loop ends when the first value is nil
local name = os.tmpname()
local f = io.open(name, "w") f:write("1 2\n3 4\n5 6\n") f:close()
for a, b in io.lines(name, "n", "n") do print(a, b, a + b) end
for line in io.lines(name, "L") do io.write(line) end
for c in io.lines(name, 2) do io.write("[", c, "]") end
print()
f = io.open(name)
for a, rest in f:lines("n", "l") do print(a, rest) end
f:close()
os.remove(name)
