-- With _ENV set to nil every global access is an error naming _ENV.
local print, pcall = print, pcall
print(pcall(function() local _ENV = nil; return anything end))
local function make() local _ENV = nil; return function() x = 1 end end
print(pcall(make()))
