-- Below the main chunk is the host's function that ran it (lua.c's in C Lua, as tracebacks
-- end with "[C]: in ?"): debug.getinfo describes it as a C function, and nothing is below
-- it; a coroutine's first function has no such level.
local i = debug.getinfo(2, "Slnut")
print(i.what, i.source, i.short_src, i.currentline, i.linedefined, i.lastlinedefined)
print(i.namewhat, i.nups, i.nparams, i.isvararg, i.istailcall)
print(debug.getinfo(3))
print(pcall(debug.getlocal, 4, 1))
-- the idiom that tells a script run by itself from one loaded by require
print(pcall(debug.getlocal, 4, 1) and "library" or "main script")
print(coroutine.wrap(function() return debug.getinfo(2) end)())
