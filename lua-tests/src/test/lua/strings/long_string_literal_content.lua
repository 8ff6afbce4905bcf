-- A long string literal keeps its content byte for byte: escapes are not processed.
local s = [[a\tb\n"c"'d']]
print(s, #s)
local lines = [[
line 1
line 2
]]
print(#lines)
print(lines)
