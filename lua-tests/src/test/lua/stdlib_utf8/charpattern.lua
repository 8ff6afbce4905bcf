-- utf8.charpattern matches one UTF-8 byte sequence
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*", #utf8.charpattern)
local n = 0
for c in string.gmatch("h\xC3\xA9\xE2\x82\xAC!", utf8.charpattern) do
  n = n + 1
  print(n, #c, utf8.codepoint(c))
end
