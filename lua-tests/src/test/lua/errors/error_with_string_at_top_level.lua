-- error() with a string adds the position of the caller.
print("about to fail")
error("custom failure")
