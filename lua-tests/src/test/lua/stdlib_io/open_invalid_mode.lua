-- a mode that is not r, w or a, then an optional +, then only b's is an error
local name = os.tmpname()
for _, mode in ipairs({"", "x", "rw", "r+x", "+", "rb+", "br", "w+a", "a++"}) do
  print(mode, pcall(io.open, name, mode))
end
print(pcall(io.open, name, {}))
print(pcall(io.open))
print(pcall(io.open, {}))
os.remove(name)
