-- A captured local survives the end of its block and keeps being shared.
local get, inc
do
  local hidden = 10
  get = function() return hidden end
  inc = function() hidden = hidden + 1 end
end
inc(); inc()
print(get())
