-- The condition of 'until' is inside the scope of the loop body's locals.
local i = 0
repeat
  i = i + 1
  local done = i >= 3
until done
print(i)
local count = 0
repeat count = count + 1 until true
print(count)
