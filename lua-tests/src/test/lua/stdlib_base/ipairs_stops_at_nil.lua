-- ipairs goes from index 1 up to the first nil.
local t = {"a", "b", nil, "d"}
for i, v in ipairs(t) do print(i, v) end
for i, v in ipairs({}) do print("never") end
local holes = {[1] = 1, [2] = 2, [4] = 4}
local n = 0
for _ in ipairs(holes) do n = n + 1 end
print(n)
