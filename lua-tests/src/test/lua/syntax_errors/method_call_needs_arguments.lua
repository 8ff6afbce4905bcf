-- a:b must be followed by arguments.
local a = {}
local f = a:b
