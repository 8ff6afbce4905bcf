-- A backward goto makes a loop.
local i = 1
::top::
print(i)
i = i + 1
if i <= 3 then goto top end
print("done")
