-- An expression cut short by the end of the file.
local x =
