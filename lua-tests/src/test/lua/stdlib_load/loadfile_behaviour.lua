-- loadfile compiles a file without running it; it takes a mode and an env; errors come back as nil, message
local name = os.tmpname()
local function hide(s) return (s:gsub(name:gsub("%p", "%%%0"), "FILE")) end
local function write(text) local f = assert(io.open(name, "w")); f:write(text); f:close() end
write("counter = (counter or 0) + 1\nreturn counter, ...")
local f = loadfile(name)
print(type(f), counter)
print(f("a", "b"))
print(f())
local env = {}
print(loadfile(name, "t", env)(), env.counter, counter)
print(loadfile(name, "b"))
write("#!/usr/bin/env lua\nreturn 'shebang skipped'")
print(loadfile(name)())
write("return = 1")
local ok, msg = loadfile(name)
print(ok, hide(msg))
write("error('raised')")
local ok2, msg2 = pcall(loadfile(name))
print(ok2, hide(msg2))

write(string.dump(function () return "binary from file" end))
print(loadfile(name)(), loadfile(name, "b")())
print(loadfile(name, "t"))
os.remove(name)
print(loadfile("no_such_dir/no_such_file.lua"))
print(pcall(loadfile, {}))
