-- a reader may split the source anywhere: inside names, numbers, strings and long brackets
local src = "local name = [==[long\nstring]==] .. 'short' return name, 12345.5e1, 0x1F"
local pos = 0
local f = load(function ()
  pos = pos + 1
  if pos <= #src then return src:sub(pos, pos) end
end)
print(f())
local k = 0
print(load(function () k = k + 1; return ({"ret", "urn 1", "0", ""})[k] end)())
