-- a module that returns nothing is stored as true; one that sets package.loaded itself keeps that value
local base = os.tmpname()
package.path = base .. "_?.lua"
local function write(name, text) local f = assert(io.open(base .. "_" .. name .. ".lua", "w")); f:write(text); f:close() end
write("nothing", "x_loaded = true")
write("selfset", "package.loaded[...] = 'set by itself'")
write("falsy", "return false")
print(require("nothing"), x_loaded)
print((require("selfset")))
print(require("falsy"), package.loaded.falsy)
for _, n in ipairs{"nothing", "selfset", "falsy"} do os.remove(base .. "_" .. n .. ".lua") end
os.remove(base)
