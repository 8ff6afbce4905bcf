-- An error inside the message handler is reported as "error in error handling".
print(xpcall(error, function(m) error("again") end, "first"))
print(xpcall(function() local t; return t.x end, function(m) return nil + m end))
