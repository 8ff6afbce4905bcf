-- Closures see the _ENV that was in scope where they were written.
local print = print
local function make()
  local _ENV = {tag = "private"}
  return function() return tag end
end
local f = make()
tag = "global tag"
print(f(), tag)
