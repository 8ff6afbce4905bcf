-- Concatenating a table without __concat is an error.
print("x" .. {})
