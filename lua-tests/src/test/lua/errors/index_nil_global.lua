-- Indexing a nil global names the global; an uncaught error ends the script.
print("before the error")
print(undefined_table.field)
print("not printed")
