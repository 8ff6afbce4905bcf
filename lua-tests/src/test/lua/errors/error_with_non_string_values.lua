-- Any value can be an error object; pcall returns it unchanged.
local obj = {code = 404}
local ok, e = pcall(error, obj)
print(ok, e == obj, e.code)
print(pcall(error, 42))
print(pcall(error, nil))
print(pcall(error, true))
print(pcall(error))
print(select("#", pcall(error)))
