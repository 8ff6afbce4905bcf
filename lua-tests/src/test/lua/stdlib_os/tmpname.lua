-- os.tmpname gives a fresh name each time; the file exists (empty) and can be used and removed
local a, b = os.tmpname(), os.tmpname()
print(type(a), a ~= b)
local f = io.open(a, "r")
print(f ~= nil, f and f:read("a"))
if f then f:close() end
f = assert(io.open(a, "w")); f:write("x"); f:close()
print(os.remove(a), os.remove(b))

-- a name without a dot, so that it is also a module name that require finds
-- through a LUA_PATH of "?" (upstream main.lua's "lua -l <tmpname>")
local c = os.tmpname()
print(c:find(".", 1, true), package.searchpath(c, "?") == c)
os.remove(c)
