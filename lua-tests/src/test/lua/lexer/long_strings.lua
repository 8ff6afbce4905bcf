-- Long brackets of any level; the first line break right after the opening is dropped.
print([[plain]])
print([[
starts on the next line]])
print([==[contains ]] and ]=] but ends here]==])
print([=[
]]]=])
print(#[[

]], #[[]])
print([[no \n escapes \t here]])
local level3 = [===[a [[b]] [==[c]==] d]===]
print(level3)
