-- Ordering a number and nil is an error naming both types.
local n
print(1 < n)
