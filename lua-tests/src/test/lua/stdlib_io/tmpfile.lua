-- io.tmpfile gives a new empty file open for reading and writing
local t = io.tmpfile()
print(io.type(t), t:read("a"), t:seek("end"))
print(t:write("temporary") == t)
print(t:seek("set"), t:read("a"))
print(t:seek("cur", -4), t:read(2))
print(t:close(), io.type(t))
