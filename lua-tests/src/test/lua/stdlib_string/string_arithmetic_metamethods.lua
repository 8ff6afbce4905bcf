-- the string metatable carries arithmetic metamethods that convert numeric strings
local mt = getmetatable("")
for _, e in ipairs{"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv"} do
  io.write(e, "=", type(mt[e]), " ")
end
print()
print("10" + 1, "3" * "4", "2" ^ 2, -"2", "7" // "2", "7" % "3", "1" / "2", "0x10" + 0)
print(math.type("10" + 1), math.type("10.0" + 1), math.type(" 5 " * 1))
print(pcall(function () return "abc" + 1 end))
print(pcall(function () return {} + "1" end))
print(pcall(function () return "1" & 1 end))
print(mt.__band, mt.__bor, mt.__shl, mt.__bnot)
print(mt.__add("1", "2"), pcall(mt.__add, "x", 1))
local old = mt.__add
mt.__add = function (a, b) return "added" end
print("a" + "b", "1" + 2)
mt.__add = old
print("1" + 2)
