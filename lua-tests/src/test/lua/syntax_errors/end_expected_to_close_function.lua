-- A function without 'end' names the line where it started.
print("not printed")
local function f()
  return 1

