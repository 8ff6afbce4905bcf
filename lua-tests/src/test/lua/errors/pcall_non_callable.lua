-- pcall reports calling a non-function as an error instead of raising it.
print(pcall(nil))
print(pcall(42))
print(pcall({}))
print(pcall(setmetatable({}, {__call = function() return "callable table" end})))
print(pcall(pcall))
