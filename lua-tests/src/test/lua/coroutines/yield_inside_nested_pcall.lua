-- yields pass through several levels of pcall, and errors are caught by the innermost one after resuming
local co = coroutine.wrap(function ()
  return pcall(function ()
    local r = {pcall(function ()
      coroutine.yield(1)
      error("deep", 0)
    end)}
    coroutine.yield(2)
    return table.unpack(r)
  end)
end)
print(co())
print(co())
print(co())
