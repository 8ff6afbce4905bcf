-- "n" reads the longest prefix that can start a numeral and converts it as Lua does
local name = os.tmpname()
local function try(text)
  local f = io.open(name, "w") f:write(text) f:close()
  f = io.open(name)
  local v = f:read("n")
  local rest = f:read("a")
  f:close()
  print(text, v, math.type(v), "rest:" .. rest)
end
for _, text in ipairs({"42", "  -12  ", "+3", "0x1F", "0X1p4", "0x.8", "1e5", "2.5E-1x",
    ".5", "5.", "00012", "9223372036854775807", "9223372036854775808",
    "1e+", "0x", "-", "- 1", "1..2", "1e5.3", "inf", "nan", "12abc", "0x1P-1", "\n\t 7"}) do
  try(text)
end
os.remove(name)
