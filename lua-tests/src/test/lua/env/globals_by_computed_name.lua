-- _G can be indexed with computed names to create and read globals.
for i = 1, 3 do _G["var" .. i] = i * 10 end
print(var1, var2, var3)
_G.print("called through _G")
local name = "var2"
print(_G[name])
