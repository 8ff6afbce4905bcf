-- Ordering two tables without __lt is an error.
print({} < {})
