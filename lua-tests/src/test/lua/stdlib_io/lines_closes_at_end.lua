-- io.lines(name) closes its file when the loop ends; calling the iterator again is an error
local name = os.tmpname()
local f = io.open(name, "w") f:write("one\ntwo\nthree") f:close()
for line in io.lines(name) do print(line) end
local it, state, control, file = io.lines(name)
print(state, control, io.type(file))
print(it(), it(), it(), it())
print(io.type(file))
print(pcall(it))
os.remove(name)
