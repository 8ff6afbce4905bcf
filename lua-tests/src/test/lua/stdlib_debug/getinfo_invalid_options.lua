-- debug.getinfo rejects '>' (which only the C API takes) by name, and other unknown options
print(pcall(debug.getinfo, 1, ">"))
print(pcall(debug.getinfo, 1, ">S"))
print(pcall(debug.getinfo, 1, "q"))
print(pcall(debug.getinfo, print, ">"))
