-- The main chunk is a vararg function; with no script arguments '...' is empty.
print(select("#", ...))
local a = ...
print(a)
local t = {...}
print(#t)
