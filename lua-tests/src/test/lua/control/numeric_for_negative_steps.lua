-- A negative step counts down while the variable stays >= the limit.
for i = 5, 1, -1 do print(i) end
for i = 1, 0, -0.5 do print(i) end
for i = -1, -3, -1 do print(i) end
for i = 1, 2, -1 do print("never") end
