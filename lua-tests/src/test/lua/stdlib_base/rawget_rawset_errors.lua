-- rawget and rawset work only on tables.
print(pcall(rawget, "s", 1))
print(pcall(rawset, 1, 2, 3))
print(pcall(rawset, {}, nil, 1))
print(rawget({10}, 1), rawget({}, "none"))
