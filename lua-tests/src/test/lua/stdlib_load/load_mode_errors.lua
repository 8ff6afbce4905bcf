-- load's mode: "t", "b" or "bt"; a chunk of the other kind is refused with lua5.4's message
local bin = string.dump(function () return "bin" end)
print(load("return 1", "=text", "b"))
print(load(bin, "=bin", "t"))
print(load(bin, "=bin", "bt")())
print(load("return 2", "=text", "tb")())
print(pcall(load, "return 1", "c", "x"))
print(load("return 3", "c", "")) 
print(load(function () return nil end, "=r", "b"))
local sent = false
print(load(function () if not sent then sent = true; return bin end end, "=r", "t"))
print(pcall(load, "return 1", "c", 1))
print(pcall(load, {}))
print(pcall(load, nil))
