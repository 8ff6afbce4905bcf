-- 'function a.b.c()' and 'function a.b:c()' assign into nested fields.
local a = {b = {}}
function a.b.c(x) return "c " .. x end
function a.b:d(x) return self == a.b, x end
print(a.b.c(1), a.b:d(2))
function globalfn() return "global" end
print(globalfn(), _G.globalfn == globalfn)
local function localfn() return "local" end
print(localfn())
