-- If start or step is a float, the loop variable is a float.
for i = 1, 2, 0.25 do print(i) end
for i = 1.0, 3 do print(i) end
for i = 0.1, 0.35, 0.1 do print(i) end
for i = 1, 3.5 do print(i) end
