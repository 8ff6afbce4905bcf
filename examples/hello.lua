print("Hello from jlua, " .. _VERSION)
