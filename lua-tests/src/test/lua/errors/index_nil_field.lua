-- Indexing a nil field names the field.
local t = {}
print(t.y.z)
