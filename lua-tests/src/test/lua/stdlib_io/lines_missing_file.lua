-- io.lines raises an error when it cannot open its file
print(pcall(io.lines, "no_such_file.txt"))
print(pcall(io.lines, {}))
for line in io.lines("no_such_file.txt") do print(line) end
