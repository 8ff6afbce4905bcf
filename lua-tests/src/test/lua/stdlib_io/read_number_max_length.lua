-- "n" takes at most 200 characters: a longer numeral fails and the rest stays unread
local name = os.tmpname()
local function digits(n)
  local s = ""
  for _ = 1, n do s = s .. "1" end
  return s
end
for _, n in ipairs({199, 200, 201}) do
  local f = io.open(name, "w") f:write(digits(n)) f:close()
  f = io.open(name)
  local v = f:read("n")
  print(n, v ~= nil, #f:read("a"))
  f:close()
end
os.remove(name)
