-- Many closures over one variable all see each other's updates.
local total = 0
local adders = {}
for i = 1, 5 do adders[i] = function() total = total + i end end
for _, f in ipairs(adders) do f() end
print(total)
for _, f in ipairs(adders) do f() end
print(total)
