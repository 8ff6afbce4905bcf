-- local needs a name.
local 1 = 2
