-- An error in a loaded chunk is positioned in that chunk's name.
print("loading")
load("local x = nil; return x.y")()
