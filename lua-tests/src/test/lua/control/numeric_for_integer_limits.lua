-- Integer loops near the ends of the integer range neither overflow nor run forever.
for i = 9223372036854775807 - 2, 9223372036854775807 do print(i) end
for i = -9223372036854775807 - 1, -9223372036854775807 + 1 do print(i) end
for i = -9223372036854775807 + 1, -9223372036854775807 - 1, -1 do print(i) end
for i = 9223372036854775807 - 1, 9223372036854775807, 10 do print(i) end
local count = 0
for i = 1, 9223372036854775807, 4611686018427387904 do count = count + 1 end
print(count)
for i = 1, 0.5 do print("never") end
for i = 9223372036854775807, 1e100 do print(i); break end
