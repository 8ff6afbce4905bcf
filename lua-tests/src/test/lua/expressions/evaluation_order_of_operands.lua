-- Call arguments and table constructor items are evaluated left to right.
local log = {}
local function note(v) log[#log + 1] = v; return v end
local function f(...) return ... end
f(note(1), note(2), note(3))
local _ = {note(4), note(5), k = note(6), note(7)}
local _ = note(8) + note(9) * note(10)
local _ = note("a") .. note("b") .. note("c")
print(log[1], log[2], log[3], log[4], log[5], log[6], log[7], log[8], log[9], log[10])
print(log[11], log[12], log[13])
