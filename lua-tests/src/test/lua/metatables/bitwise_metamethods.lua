-- Every bitwise operator has its metamethod too.
local function name(x) return type(x) == "table" and "T" or tostring(x) end
local mt = {}
for _, event in ipairs({"band", "bor", "bxor", "shl", "shr"}) do
  mt["__" .. event] = function(a, b) return event .. "(" .. name(a) .. "," .. name(b) .. ")" end
end
mt.__bnot = function(a) return "bnot(" .. name(a) .. ")" end
local t = setmetatable({}, mt)
print(t & 1, 1 | t, t ~ t, t << 2, 3 >> t)
print(~t)
print(1.5 & t)
