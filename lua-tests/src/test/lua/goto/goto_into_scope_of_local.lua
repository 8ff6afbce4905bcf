-- Jumping forward into the scope of a local is a compile error.
print("not printed")
goto inside
local x = 1
::inside::
print(x)
