-- a file in a <close> variable is closed when its block ends, even by an error
local name = os.tmpname()
local kept
do
  local f <close> = io.open(name, "w")
  f:write("written in a block")
  kept = f
  print(io.type(f))
end
print(io.type(kept))
print(pcall(function()
  local g <close> = io.open(name)
  kept = g
  error("boom", 0)
end))
print(io.type(kept))
for line in io.lines(name) do print(line) end
os.remove(name)
