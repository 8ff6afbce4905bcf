-- The iterator may be any callable value.
local callable = setmetatable({}, {__call = function(self, state, i)
  if i < 3 then return i + 1 end
end})
for i in callable, nil, 0 do print(i) end
print(pcall(function() for x in 42 do end end))
