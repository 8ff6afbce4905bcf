-- os.remove and os.rename: true on success; nil, "name: message" and errno on failure
local name = os.tmpname()
local f = assert(io.open(name, "w")); f:write("data"); f:close()
local other = name .. ".renamed"
print(os.rename(name, other))
print(io.open(name) == nil)
f = assert(io.open(other)); print(f:read("a")); f:close()
print(os.remove(other))
print(io.open(other) == nil)
print(os.remove("no_such_dir/no_such_file"))
print(os.rename("no_such_dir/a", "no_such_dir/b"))
print(pcall(os.remove))
print(pcall(os.rename, "a"))
