-- break leaves only the innermost loop.
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    print(i, j)
  end
end
local n = 0
while true do n = n + 1; if n == 5 then break end end
print(n)
repeat local x = 1; break until false
print("after repeat")
for _, v in ipairs({1, 2, 3}) do if v == 2 then break end print(v) end
