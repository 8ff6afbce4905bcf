-- the standard files refuse to close and stay usable
print(io.stdout:close())
print(io.stderr:close())
print(io.stdin:close())
print(io.close())
print(io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
io.stdout:write("still open\n")
print(io.close(io.stdout))
