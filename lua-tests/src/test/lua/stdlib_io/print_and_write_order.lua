-- print and io.write share standard output, so their output keeps its order
io.write("a")
print("b")
io.stdout:write("c")
print("d")
io.write("e\n")
