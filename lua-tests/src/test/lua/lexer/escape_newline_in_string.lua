-- A backslash followed by a real line break puts a line break in the string.
local s = "first\
second"
print(s)
print(#s, s == "first\nsecond")
-- Any line-break sequence after the backslash gives a single "\n" (sources built by load).
print(load('return "a\\\r\nb"')() == "a\nb", load('return "a\\\n\rb"')() == "a\nb")
print(load('return "a\\\rb"')() == "a\nb", #load('return "a\\\n\\\nb"')())
