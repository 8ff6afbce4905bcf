-- with an empty standard input, reads give nil (or "" for "a")
print(io.read())
print(io.read("a"))
print(io.read("n"))
print(io.read(0), io.read(5))
print(io.stdin:read("L"))
for line in io.lines() do print("never", line) end
print(io.type(io.stdin))
