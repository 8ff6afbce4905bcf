-- io.stderr is a writable file apart from standard output
print(io.stderr:write("") == io.stderr)
print(io.type(io.stderr), io.stderr ~= io.stdout)
print(io.stderr:flush())
