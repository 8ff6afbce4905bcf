-- after an error inside pcall, the __close metamethods may yield; each sees the error
-- as it stands, an error raised in one replaces it, and pcall then returns false and it
local function closer(f) return setmetatable({}, {__close = f}) end
local co = coroutine.wrap(function ()
  local function foo(err)
    local z <close> = closer(function (_, msg)
      coroutine.yield("z " .. tostring(msg))
    end)
    local y <close> = closer(function (_, msg)
      coroutine.yield("y " .. tostring(msg))
      if err then error(err + 20, 0) end
    end)
    local x <close> = closer(function (_, msg)
      coroutine.yield("x " .. tostring(msg))
    end)
    if err == 10 then error(err, 0) else return 10, 20 end
  end
  coroutine.yield(pcall(foo, nil))
  coroutine.yield(pcall(foo, 1))
  return pcall(foo, 10)
end)
for i = 1, 12 do print(co()) end
print(xpcall(function ()
  local x <close> = closer(function (_, e) print("closing with", e) error("c", 0) end)
  error("e", 0)
end, function (m) return "H:" .. tostring(m) end))
