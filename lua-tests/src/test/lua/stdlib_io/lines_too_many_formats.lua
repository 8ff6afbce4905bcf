-- a lines iterator takes at most 250 formats
local name = os.tmpname()
local f = io.open(name, "w") f:write("abc") f:close()
local formats = {}
for i = 1, 250 do formats[i] = 1 end
local it = io.lines(name, table.unpack(formats))
print(it())
formats[251] = 1
print(pcall(io.lines, name, table.unpack(formats)))
f = io.open(name)
print(pcall(f.lines, f, table.unpack(formats)))
f:close()
os.remove(name)
