-- Assigning to a <const> local is a compile error.
print("not printed")
local x <const> = 1
x = 2
