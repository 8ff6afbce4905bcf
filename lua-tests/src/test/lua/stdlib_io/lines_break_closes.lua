-- leaving an io.lines loop early closes the file: it is the loop's to-be-closed value
local name = os.tmpname()
local f = io.open(name, "w") f:write("a\nb\nc\n") f:close()
local seen
for line, _ in io.lines(name) do
  print(line)
  break
end
local it, _, _, file = io.lines(name)
for line in it, nil, nil, file do
  seen = line
  break
end
print(seen, io.type(file))
local ok, err = pcall(function()
  for line in io.lines(name) do error("stop at " .. line, 0) end
end)
print(ok, err)
os.remove(name)
