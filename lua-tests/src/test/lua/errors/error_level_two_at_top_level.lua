-- Level 2 blames the caller of the function that called error.
local function check(x)
  if type(x) ~= "number" then error("number expected", 2) end
end
check(1)
check("oops")
