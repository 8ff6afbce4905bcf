-- loadfile() and dofile() with no name read standard input (empty here), naming the chunk "=stdin"
local f = loadfile()
print(type(f), f())
print(select("#", dofile()))
print(type(loadfile(nil, "t")), loadfile(nil, "b"))
