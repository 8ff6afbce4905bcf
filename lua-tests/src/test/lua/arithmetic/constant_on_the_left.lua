-- A numeral on the left of + or * (KADD/KMUL): metamethods and string coercion see the
-- operands in source order; errors name the other operand as lua5.4 does.
local mt = {}
for _, e in ipairs{"add", "mul", "sub"} do
  mt["__" .. e] = function(a, b) print(e, type(a), type(b)) return 0 end
end
local t = setmetatable({}, mt)
print(2 + t, 2 * t, t + 2, t * 2, 2.5 * t, 2 - t)
local s = "10"
print(1 + s, 2 * s, 3.5 * s, 1 + "0x10")
print(pcall(function() local x; return 2 * x end))
print(pcall(function() local y = {}; return 1 + y end))
print(pcall(function() return 1 + undefinedglobal end))
print(pcall(function() local s = "abc"; return 2 * s end))
print(pcall(function() local x = {a = {}}; return 2 + x.a end))
print(math.maxinteger * 2, 2 * math.maxinteger, 3 * 0.1, 1 + 2^53)
local z = 0
for i = 1, 10 do z = 2 * z + 1 end
print(z, 1 + z * 2)
