-- A function with 200 upvalues, reloaded, gets them all back as fresh upvalues that can be joined.
local nup = 200
local prog = {"local a1"}
for i = 2, nup do prog[#prog + 1] = ", a" .. i end
prog[#prog + 1] = " = 1"
for i = 2, nup do prog[#prog + 1] = ", " .. i end
local sum = 1
prog[#prog + 1] = "; return function () return a1"
for i = 2, nup do prog[#prog + 1] = " + a" .. i; sum = sum + i end
prog[#prog + 1] = " end"
local f = assert(load(table.concat(prog)))()
print(f() == sum)
f = load(string.dump(f))
print(pcall(f))
local a = 10
local h = function () return a end
for i = 1, nup do debug.upvaluejoin(f, i, h, 1) end
print(f())
