-- Each pass after a backward goto creates a new local for closures to capture.
local fns = {}
local i = 1
::again::
local captured = i
fns[i] = function() return captured end
i = i + 1
if i <= 3 then goto again end
print(fns[1](), fns[2](), fns[3]())
