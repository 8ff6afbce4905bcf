-- using a closed file outside pcall stops the script with a positioned message
local f = io.tmpfile()
f:close()
print("before")
f:write("x")
