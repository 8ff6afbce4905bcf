-- a full collection removes entries of weak tables whose keys or values are otherwise unreachable
local weakv = setmetatable({}, {__mode = "v"})
local weakk = setmetatable({}, {__mode = "k"})
local keep = {}
weakv[1] = {}
weakv[2] = keep
weakk[{}] = "gone"
weakk[keep] = "kept"
collectgarbage()
collectgarbage()
local n = 0
for _ in pairs(weakk) do n = n + 1 end
print(weakv[1], weakv[2] == keep, n, weakk[keep])
local strings = setmetatable({}, {__mode = "k"})
strings["a string key"] = 1
strings[10] = 2
collectgarbage()
print(strings["a string key"], strings[10])
