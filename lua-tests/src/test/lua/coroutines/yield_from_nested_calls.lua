-- a yield deep inside ordinary Lua calls suspends the whole chain; resuming continues each caller
local function leaf(x) return coroutine.yield(x) + 1 end
local function middle(x) return leaf(x * 2) * 10 end
local function top(x) local r = middle(x); return "top got " .. r end
local co = coroutine.wrap(top)
print(co(5))
print(co(1))
local function rec(n) if n == 0 then return coroutine.yield("bottom") end return rec(n - 1) + 1 end
local deep = coroutine.wrap(function () return rec(100) end)
print(deep())
print(deep(0))
