-- 'return' must end a block; 'do return end' returns from the middle of one.
local function early(x)
  if x then return "early" end
  do return "middle" end
end
print(early(true), early(false))
local function bare() return end
print(select("#", bare()))
local function tail_values() return (function() return 1, 2 end)() end
print(tail_values())
local function semicolon() return 1; end
print(semicolon())
