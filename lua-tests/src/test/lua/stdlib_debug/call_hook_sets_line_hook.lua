-- a line hook set by a call hook sees the first line of the function being called, whose
-- parameters and locals getlocal then shows
local t = {}
function t:f(a, b, ...) local arg = {...}; local c = 13 end
local seen
debug.sethook(function (e)
  debug.sethook(function (e, l)
    debug.sethook(nil)
    seen = {e, l, debug.getinfo(2, "l").currentline}
    for i = 1, 4 do seen[#seen + 1] = tostring((debug.getlocal(2, i))) end
  end, "l")
end, "c")
t:f(1, 2, 3, 4, 5)
print(table.concat(seen, " "))
