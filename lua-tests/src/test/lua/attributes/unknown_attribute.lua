-- Only 'const' and 'close' are attributes.
local x <final> = 1
