-- Only Lua functions can be dumped.
print(pcall(string.dump, print))
print(pcall(string.dump, 1))
print(pcall(string.dump))
print(pcall(string.dump, coroutine.wrap(function () end)))
string.dump(string.dump)
