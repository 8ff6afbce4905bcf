-- xpcall calls the handler with the error object; its result becomes the error value.
local function handler(e) return "handled: " .. tostring(e) end
print(xpcall(function() error("boom", 0) end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function(a, b) return a + b end, handler, 3, 4))
print(xpcall(function() local x; return x.y end, function(e) return e end))
print(xpcall(error, function(e) return type(e) end, {}))
