-- Names are case sensitive; keywords are reserved only in their lowercase spelling.
local And, NIL, _x1, __ = 1, 2, 3, 4
local andy, nilly, endless = 5, 6, 7
print(And, NIL, _x1, __, andy, nilly, endless)
local t = {}
t["end"] = "a field named end"
print(t["end"])
local Local, Function, _ENVx = "Local", "Function", "_ENVx"
print(Local, Function, _ENVx)
