-- A long string must be closed by a bracket of the same level.
local s = [==[ text ]=]
more text ]]
