-- A chain may mix tables and functions.
local last = setmetatable({}, {__index = function(_, k) return "fn:" .. k end})
local mid = setmetatable({m = "mid"}, {__index = last})
local obj = setmetatable({}, {__index = mid})
print(obj.m, obj.z)
