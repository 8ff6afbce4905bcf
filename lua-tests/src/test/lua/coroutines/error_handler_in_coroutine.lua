-- xpcall's handler runs inside the coroutine, and can see where the error happened
local co = coroutine.create(function ()
  local r = {xpcall(function ()
    coroutine.yield("before error")
    local t = nil
    return t.x
  end, function (m) return "handled: " .. m end)}
  return table.unpack(r)
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
