-- A bare name is not a statement.
local x = 1
x
