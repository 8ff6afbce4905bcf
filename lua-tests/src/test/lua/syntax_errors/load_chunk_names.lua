-- The chunk name in messages comes from the source text unless one is given.
print(pcall(load("error('in chunk')")))
print(pcall(load("error('in chunk')", "=given")))
print(pcall(load("error('in chunk')", "@path/to/file.lua")))
print(pcall(load("\n\nerror('third line')")))
print(pcall(load("local x = 1\nerror('multi-line source')")))
print(load("x = = 'this source text is much too long to be shown whole in a chunk name'"))
