-- A short string cut short by the end of the file, with no line break at all.
local s = "abc