-- load's fourth argument becomes the first upvalue of a binary chunk, as for text.
local d = string.dump(function () return X end)
print(load(d, "d", "b", {X = "from env"})())
X = "global"
print(load(d)())
print(load(string.dump(function () return 1 end), nil, "b", {})())
