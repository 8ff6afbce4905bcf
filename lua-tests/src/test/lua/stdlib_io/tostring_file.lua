-- an open file shows as "file (address)", a closed one as "file (closed)"
local f = io.tmpfile()
local s = tostring(f)
print(s:sub(1, 8), s:sub(-1), #s > 9)
print(tostring(io.stdout) == tostring(io.stdout), tostring(io.stdout) ~= tostring(io.stdin))
f:close()
print(tostring(f))
print(getmetatable(f).__tostring(f))
