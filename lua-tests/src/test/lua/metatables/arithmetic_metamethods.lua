-- Every arithmetic operator has its metamethod; the table may be on either side.
local function name(x) return type(x) == "table" and "T" or tostring(x) end
local mt = {}
for _, event in ipairs({"add", "sub", "mul", "div", "mod", "pow", "idiv"}) do
  mt["__" .. event] = function(a, b) return event .. "(" .. name(a) .. "," .. name(b) .. ")" end
end
mt.__unm = function(a, b) return "unm(" .. name(a) .. "," .. name(b) .. ")" end
local t = setmetatable({}, mt)
print(t + 1, 1 - t, t * t, t / 2)
print(t % 3, 2 ^ t, t // 4)
print(-t)
print("10" + t)
