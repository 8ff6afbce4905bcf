-- os.getenv: a variable's value (a string), nil for an unset one, and its argument error
print(type(os.getenv("PATH")), os.getenv("JLUA_SURELY_UNSET_VARIABLE_42"))
print(os.getenv("") == nil)
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
print(type(os.getenv(1)))
