-- 10,000 nested table constructors are rejected by load with a clear error, not a crash.
local function contains(s, sub) return string.find(s, sub, 1, true) ~= nil end
local rep = string.rep
local function report(f, msg)
  print(f == nil, type(msg) == "string" and (contains(msg, "overflow") or contains(msg, "too many")))
end
report(load("return " .. rep("{", 10000) .. rep("}", 10000)))
