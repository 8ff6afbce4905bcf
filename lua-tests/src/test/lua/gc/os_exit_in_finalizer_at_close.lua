-- At the end of the program every object still marked for finalization has its __gc
-- called, the last marked first. When one of them calls os.exit(status, true), the
-- state is closed again from there: the finalizers not yet called are called, and
-- an object marked while the state closes is never finalized. (Upstream main.lua.)
print("creating 1")
setmetatable({}, {__gc = function () print(1) end})

print("creating 2")
setmetatable({}, {__gc = function ()
  print("2")
  print("creating 3")
  setmetatable({}, {__gc = function () print(3) end})
  print(collectgarbage())    -- the collector cannot run inside a finalizer
  os.exit(0, true)
end})
