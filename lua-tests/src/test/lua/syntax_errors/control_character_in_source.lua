-- A control character in the source is shown by its code.
local x = 
