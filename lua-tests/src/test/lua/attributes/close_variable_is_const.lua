-- To-be-closed variables are also constant.
print("not printed")
local x <close> = nil
x = 1
