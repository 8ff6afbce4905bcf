-- a line comment
print("one") -- after code
--[[ a long
comment ]] print("two")
--[==[ level two, with ]] inside
]==] print("three")
---[[ this is only a line comment, so the next line runs
print("four")
--]]
print(1 --[[ inside an expression ]] + 2)
--[=[]=]print("five")
-- a comment at the end of the file with no line break after it
