-- utf8.codes stops at an invalid sequence (stray continuation bytes are left out: Lua 5.4.6
-- rejects them where the reference 5.4.4 skips them; UpstreamSuite's utf8.lua checks 5.4.6)
print(pcall(function() for p, c in utf8.codes("ab\xC3") do print(p, c) end end))
print(pcall(function() for p, c in utf8.codes("\xC0\x80") do print(p, c) end end))
print(pcall(function() for p, c in utf8.codes("a\xFFb") do print(p, c) end end))
