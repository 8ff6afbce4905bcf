-- The const check also applies inside nested functions.
print("not printed")
local limit <const> = 100
local function raise() limit = limit + 1 end
