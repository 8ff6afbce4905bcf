-- io.open fails with nil, "name: reason" and the errno
print(io.open("no_such_file.txt"))
print(io.open("no_such_dir/file.txt", "w"))
print(io.open(""))
print(io.open("no_such\0file"))
local f, msg, code = io.open("no_such_file.txt", "r+")
print(f, msg, code, math.type(code))
