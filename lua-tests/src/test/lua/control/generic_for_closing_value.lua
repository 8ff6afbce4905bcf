-- The fourth value of a generic for is closed when the loop ends, also through break.
local function closing(name)
  return setmetatable({}, {__close = function() print("closed", name) end})
end
local function iter(_, i) if i < 2 then return i + 1 end end
for i in iter, nil, 0, closing("normal end") do print(i) end
for i in iter, nil, 0, closing("break") do print(i); break end
print(pcall(function()
  for i in iter, nil, 0, closing("error") do error("boom", 0) end
end))
