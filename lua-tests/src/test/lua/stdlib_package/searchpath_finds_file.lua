-- package.searchpath returns the first file that exists, after replacing the separator in the name
local base = os.tmpname()
local function hide(s) return (tostring(s):gsub(base:gsub("%p", "%%%0"), "BASE")) end
local f = assert(io.open(base .. "_a_b.lua", "w")); f:close()
print(hide(package.searchpath("a.b", base .. "_?.lua", ".", "_")))
print(hide(package.searchpath("a.b", "./no_dir/?.x;" .. base .. "_?.lua", ".", "_")))
print(hide(package.searchpath("a_b", base .. "_?.lua", "", "")))
print(hide(package.searchpath("a-b", base .. "_?.lua", "-", "_")))
print(package.searchpath("a.b", base .. "_?.lua") == nil)
print(hide(select(2, package.searchpath("a/b", base .. "?.lua", "/", "_"))))
os.remove(base .. "_a_b.lua")
os.remove(base)
print(pcall(package.searchpath))
print(pcall(package.searchpath, "x"))
