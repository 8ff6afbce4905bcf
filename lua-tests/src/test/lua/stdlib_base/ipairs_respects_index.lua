-- ipairs reads through __index, so proxies can be traversed.
local backing = {"x", "y", "z"}
local proxy = setmetatable({}, {__index = function(_, i) return backing[i] end})
for i, v in ipairs(proxy) do print(i, v) end
