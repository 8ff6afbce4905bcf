-- every pattern class (%a %c %d %g %l %p %s %u %w %x) and its complement, over all 256 bytes
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
for _, c in ipairs{"a", "c", "d", "g", "l", "p", "s", "u", "w", "x"} do
  local n = select(2, string.gsub(all, "%" .. c, ""))
  local m = select(2, string.gsub(all, "%" .. c:upper(), ""))
  local printable = string.gsub(string.gsub(all, "[^%" .. c .. "]", ""), "[^\32-\126]", "?")
  print(c, n, m, n + m, #printable < 100 and printable or #printable)
end
print(string.gsub(all, ".", "") == "", select(2, string.gsub(all, ".", "")))
print(string.find("a.b", "%."), string.find("a%b", "%%"), string.find("x]y", "%]"))
