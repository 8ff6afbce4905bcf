-- upvalue ids are light userdata: type "userdata", "light userdata" in argument errors;
-- jlua's userdata have no user values
local x = debug.upvalueid(function () return debug end, 1)
print(type(x))
print(pcall(debug.setuservalue, x, {}))
print(pcall(debug.setuservalue, io.stdout, {}))
print(pcall(debug.setuservalue, io.stdout))
print(debug.getuservalue(io.stdout))
print(debug.getuservalue(x))
print(pcall(math.sin, x))
print(pcall(string.rep, x))
