-- A short string cannot run into a line break.
print("not printed")
local s = "abc
print(s)
