-- require finds a module through package.path, runs it with the name and file, caches it in package.loaded
local base = os.tmpname()
local function hide(s) return (tostring(s):gsub(base:gsub("%p", "%%%0"), "BASE")) end
package.path = base .. "_?.lua"
local f = assert(io.open(base .. "_mymod.lua", "w"))
f:write("local name, file = ...\nloads = (loads or 0) + 1\nreturn {name = name, file = file}\n")
f:close()
local m, extra = require("mymod")
print(m.name, hide(m.file), hide(extra), loads)
print(require("mymod") == m, loads, package.loaded.mymod == m)
package.loaded.mymod = nil
print(require("mymod") ~= m, loads)
os.remove(base .. "_mymod.lua")
print(package.loaded.mymod ~= nil, select("#", require("mymod")))
os.remove(base)
