-- A numeral followed directly by letters is malformed.
local x = 3x
