-- files share one metatable named FILE*, with the methods in __index
local mt = getmetatable(io.stdout)
print(mt == getmetatable(io.stdin), mt == getmetatable(io.tmpfile()))
print(mt.__name, type(mt.__index), type(mt.__gc), type(mt.__close), type(mt.__tostring))
local names = {}
for k in pairs(mt.__index) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
names = {}
for k in pairs(io) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(io.stdout.write == io.stderr.write, io.write ~= io.stdout.write)
print(pcall(mt.__gc, 1))
print(pcall(mt.__index.read, 1))
