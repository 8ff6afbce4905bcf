-- Calling a missing method names the method.
local obj = {}
obj:missing()
