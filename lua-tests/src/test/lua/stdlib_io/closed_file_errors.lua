-- every method of a closed file raises "attempt to use a closed file"
local name = os.tmpname()
local f = io.open(name, "w")
print(f:close())
print(io.type(f), tostring(f))
for _, m in ipairs({"close", "flush", "lines", "read", "seek", "setvbuf", "write"}) do
  print(m, pcall(f[m], f, "no"))
end
print(pcall(io.close, f))
print(pcall(io.input, f))
print(pcall(io.output, f))
os.remove(name)
