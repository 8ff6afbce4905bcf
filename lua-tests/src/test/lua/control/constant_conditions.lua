-- Branches and loops with constant conditions do what the condition says; code in a branch
-- that never runs may hold errors that are never raised.
if false then print("never"); local x = 1 // 0 end
if nil then print("never") else print("else of nil") end
if 0 then print("0 is true") end
if "" then print("'' is true") end
while false do print("never") end
local n = 0
while true do n = n + 1; if n == 3 then break end end
print(n)
repeat n = n + 1 until true
print(n)
if not nil and 1 then print("not nil and 1") end
print(false and 1 // 0, true or 1 // 0)
