-- os.date's defaults (format "%c", time now) and its argument errors
print(type(os.date()), os.date() == os.date("%c") or os.date() ~= nil)
print(os.date("!%Y", 1e9), os.date("!%Y", 1e9 + 0.0))
print(pcall(os.date, "!%Y", 1.5))
print(pcall(os.date, "!%Y", "x"))
print(pcall(os.date, {}))
print(pcall(os.date, "!%Y", 2^60))
print(os.date("!%Y-%m-%d", "86400"))
print(os.date(nil, 0) == os.date("%c", 0))
