-- A syntax error anywhere stops the whole chunk before anything runs.
print("not printed")
x = = 1
