-- tostring of the basic values.
print(tostring(nil), tostring(true), tostring(false))
print(tostring(10), tostring(10.0), tostring(-1.25), tostring(1e300))
print(tostring("already a string"), tostring(""))
print(type(tostring({})), type(tostring(print)))
print(pcall(tostring))
