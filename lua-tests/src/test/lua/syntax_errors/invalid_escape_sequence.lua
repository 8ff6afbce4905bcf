-- Unknown escape letters are errors.
local s = "a\qb"
