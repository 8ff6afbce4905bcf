-- after an error, each __close that raises in turn passes its error to the next one,
-- and every one of them runs with the pcall as its caller
local function closer(f) return setmetatable({}, {__close = f}) end
local function foo()
  local x <close> = closer(function (self, msg) print("x", debug.getinfo(2, "n").name, msg) end)
  local x1 <close> = closer(function (self, msg)
    print("x1", debug.getinfo(2, "n").name, msg)
    error("@x1")
  end)
  local y <close> = closer(function (self, msg)
    print("y", debug.getinfo(2, "n").name, type(msg))
    error("@y", 0)
  end)
  local z <close> = closer(function (self, msg)
    print("z", debug.getinfo(2, "n").name, msg)
    error({})
  end)
  error(4)
end
print(pcall(foo))
