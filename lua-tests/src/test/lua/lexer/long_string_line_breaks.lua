-- In long strings every line-break sequence (\n, \r, \r\n, \n\r) becomes one "\n".
-- load() builds the sources so that this file itself has only plain "\n".
local function long(body)
  return load("return [[" .. body .. "]]")()
end
print(long("a\r\nb") == "a\nb")
print(long("a\n\rb") == "a\nb")
print(long("a\rb") == "a\nb")
print(long("a\n\nb") == "a\n\nb")
print(long("\r\nfirst") == "first")
print(#long("x\r\n\r\ny"))
