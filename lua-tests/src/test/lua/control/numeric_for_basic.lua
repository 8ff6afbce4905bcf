-- The numeric for counts from start to limit inclusive, by step (default 1).
for i = 1, 3 do print(i) end
for i = 3, 1 do print("never", i) end
for i = 1, 1 do print("once", i) end
for i = 10, 1, -3 do print(i) end
for i = 0, 10, 5 do print(i) end
