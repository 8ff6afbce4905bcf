-- A function with more constants than an instruction can name (65,536): the later ones are
-- loaded into registers first, and every use of them still works, error messages included.
local parts = {"local t = {"}
for i = 1, 70000 do parts[#parts + 1] = ("'s%d',"):format(i) end
parts[#parts + 1] = "}\n"
parts[#parts + 1] = [[
late_global = 1.5                        -- a global store under a new name
local x = late_global + 0.25             -- a global read, a float constant in arithmetic
local obj = {value = 10}
function obj:late_method(k) return self.value * k end
local r = obj:late_method(3)             -- a method call by a new name
obj.late_field = 'v'                     -- a field store and read under a new key
local y = obj.late_field
local eq = x == 1.75                     -- comparisons with new constants
local lt, gt, le = x < 2.125, 2.625 > x, x <= 1.875
local z = 3.375 + x                      -- arithmetic with a new constant on either side
local w = 4.5 * x
local e = x - 5.0625
local s = 'a late string ' .. #t
return t[1], t[70000], x, r, y, eq, lt, gt, le, z, w, e, s, late_global
]]
local f = assert(load(table.concat(parts), "=big"))
print(f())

-- errors name the variable whose name came late, as for any other
parts[#parts] = "return late_undefined.field\n"
print(pcall(assert(load(table.concat(parts), "=big"))))
parts[#parts] = "late_function_name()\n"
print(pcall(assert(load(table.concat(parts), "=big"))))
parts[#parts] = "local o = {} o:late_missing_method()\n"
print(pcall(assert(load(table.concat(parts), "=big"))))
