-- a directory opens for reading but cannot be read; it cannot be opened for writing
print(io.open(".", "w"))
local d = io.open(".")
print(io.type(d))
print(d:read("l"))
print(d:read("a"))
d:close()
