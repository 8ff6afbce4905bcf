-- require's errors: a non-string name, an error while loading a module file, a syntax error in one
local base = os.tmpname()
local function hide(s) return (tostring(s):gsub(base:gsub("%p", "%%%0"), "BASE")) end
package.path = base .. "_?.lua"
package.cpath = ""
print(pcall(require))
print(pcall(require, {}))
local f = assert(io.open(base .. "_bad.lua", "w")); f:write("return = 1"); f:close()
local ok, msg = pcall(require, "bad")
print(ok, hide(msg))
f = assert(io.open(base .. "_raises.lua", "w")); f:write("error('inside module')"); f:close()
ok, msg = pcall(require, "raises")
print(ok, hide(msg))
os.remove(base .. "_bad.lua"); os.remove(base .. "_raises.lua"); os.remove(base)
