-- lax utf8.codes accepts surrogates and code points up to 0x7FFFFFFF
local s = "\xED\xA0\x80\xF4\x90\x80\x80\xFD\xBF\xBF\xBF\xBF\xBF"
for p, c in utf8.codes(s, true) do print(p, c) end
print(pcall(function() for p, c in utf8.codes(s) do print(p, c) end end))
print(pcall(function() for p, c in utf8.codes(s, false) do end end))
