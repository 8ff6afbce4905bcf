-- type names every kind of value.
print(type(nil), type(true), type(0), type(0.5), type(""), type({}), type(print), type(function() end))
print(type(type), type(type(nil)))
print(pcall(type))
