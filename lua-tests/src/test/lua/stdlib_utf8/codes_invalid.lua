-- utf8.codes skips stray continuation bytes but stops at an invalid sequence
for p, c in utf8.codes("\x80a\x80b") do print(p, c) end
for p, c in utf8.codes("\xC3\xA9\x80z") do print(p, c) end
print(pcall(function() for p, c in utf8.codes("ab\xC3") do print(p, c) end end))
print(pcall(function() for p, c in utf8.codes("\xC0\x80") do print(p, c) end end))
print(pcall(function() for p, c in utf8.codes("a\xFFb") do print(p, c) end end))
