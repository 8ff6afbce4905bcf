-- A metamethod that recurses without end is stopped by a stack overflow error.
local function contains(s, sub) return string.find(s, sub, 1, true) ~= nil end
local rep = string.rep
local function report(f, msg)
  print(f == nil, type(msg) == "string" and (contains(msg, "overflow") or contains(msg, "too many")))
end
local t = setmetatable({}, {})
getmetatable(t).__index = function(self, k) return self[k] end
print(pcall(function() return t.x end) == false)
local ok, msg = pcall(function() return t.x end)
print(ok, contains(msg, "overflow"))
local c = setmetatable({}, {})
getmetatable(c).__call = function(self) return 1 + self() end
ok, msg = pcall(c)
print(ok, contains(msg, "overflow"))
