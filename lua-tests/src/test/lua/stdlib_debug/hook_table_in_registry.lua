-- debug.sethook keeps each thread's hook in registry._HOOKKEY, a table with weak keys that is
-- its own metatable; a hook gets the event and the line, nil for events other than "line"
print(debug.getregistry()._HOOKKEY)
local events = {}
debug.sethook(function (e, l) events[#events + 1] = e .. " " .. tostring(l) end, "c")
debug.sethook()
print(events[1])
local h = debug.getregistry()._HOOKKEY
print(type(h), getmetatable(h) == h, h.__mode)
local co = coroutine.create(function () end)
debug.sethook(co, print, "l")
print(h[co] == print)
debug.sethook(co)
print(h[co])
