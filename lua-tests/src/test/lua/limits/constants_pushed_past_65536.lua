-- A constant that could still be an instruction's operand when the compiler met it, until
-- the other operand, compiled next, took the function past 65,536 constants: it is then
-- loaded into a register, and the results are as ever.
local items = {}
for i = 1, 70000 do items[#items + 1] = ("'q%d'"):format(i) end
local list = table.concat(items, ",")
local src = ([[
local function count(t) return #t end
local a = 0.123 + count({%s})
local b = 0.25 == count({%s})
local c = 0.375 < count({%s})
local d = ({late_key = 7, %s}).late_key
local e = count({%s}) > 0.5
local f = 2.5 * count({%s})
return a, b, c, d, e, f
]]):format(list, list, list, list, list, list)
print(assert(load(src))())
