-- where lua5.4 calls Lua from C without a continuation, yielding is refused
local function try(what, f)
  local co = coroutine.create(f)
  print(what, coroutine.resume(co))
end
try("sort comparator", function () table.sort({3, 2, 1}, function (a, b) coroutine.yield(); return a < b end) end)
try("gsub function", function () string.gsub("abc", "b", function () coroutine.yield() end) end)
try("__tostring", function () tostring(setmetatable({}, {__tostring = function () coroutine.yield() end})) end)
try("load reader", function () load(function () coroutine.yield() end) end)
try("gsub table __index", function () string.gsub("abc", "b", setmetatable({}, {__index = function () coroutine.yield() end})) end)
