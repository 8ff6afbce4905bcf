-- %x for a non-alphanumeric x matches x itself; any character can be escaped this way
local magic = "^$()%.[]*+-?"
for i = 1, #magic do
  local c = magic:sub(i, i)
  io.write(c, "=", tostring(string.find("a" .. c .. "b", "%" .. c)), " ")
end
print()
print(string.gsub("1+1=2", "%+", " plus "))
print(string.gsub("a.b.c", "%.", "/"))
print(string.find("x", "%_"), string.find("_", "%_"))
