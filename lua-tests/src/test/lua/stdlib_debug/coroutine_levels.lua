-- levels of a suspended coroutine: 0 is its pending yield, 1 the function that called it;
-- getinfo, getlocal, setlocal and its own hooks work on them
local co = coroutine.create(function (x) local a = 1; coroutine.yield() end)
coroutine.resume(co, 10)
for i = 0, 3 do local t = debug.getinfo(co, i, "nSl") print(i, t and t.short_src, t and t.currentline, t and t.name) end
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 0, 1))
co = coroutine.create(function (x)
       local a = 1
       coroutine.yield(debug.getinfo(1, "l"))
       coroutine.yield(debug.getinfo(1, "l").currentline)
       return a
     end)
local tr = {}
local foo = function (e, l) if l then table.insert(tr, l) end end
debug.sethook(co, foo, "lcr")
local _, l = coroutine.resume(co, 10)
local x = debug.getinfo(co, 1, "lfLS")
print(x.currentline, l.currentline, x.activelines[x.currentline])
local t = {} for k in pairs(x.activelines) do t[#t+1] = k end table.sort(t) print(table.concat(t, " "), x.linedefined, x.lastlinedefined)
print(debug.getinfo(co, 2))
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
print(debug.setlocal(co, 1, 2, "hi"))
print(debug.gethook(co) == foo)
print(#tr, tr[1], tr[2])
print(pcall(coroutine.resume, co))
print(coroutine.resume(co))
print(#tr, tr[4], debug.gethook(co) == foo, debug.gethook())
