-- A multiple assignment evaluates every value before it assigns any variable, so a
-- value never sees a variable assigned by the same statement. (jlua computes values
-- straight into their locals when no later value reads an earlier target: these are
-- the cases where that would show.)
local lo, hi = 1, 10
lo, hi = lo + 1, hi - 1
print(lo, hi)

local a, b = 1, 2
a, b = b, a                      -- swap
print(a, b)
a, b = a + b, a                  -- the second value reads the first target
print(a, b)
a, b = b * 10, a * 10            -- each reads the other
print(a, b)

local c = 5
c, c = 1, 2                      -- the same local twice: the first value wins, as in lua5.4
print(c)

local d, e, f = 0, 0, 0
d, e, f = 1, d + 1, e + d + 1    -- later values read earlier targets: old values
print(d, e, f)

local t = {}
local g, h = 3, 4
g, h = 7, {g, [g] = g, x = #t + g}   -- inside a table constructor
print(g, h[1], h[3], h.x)

local s = "ab"
local n, r = 2, ""
n, r = 3, s:rep(n)               -- inside a method call's arguments
print(n, r)

local function two() return 8, 9 end
local p, q = 0, 0
p, q = 1, two()                  -- a call as the last value gives its first result
print(p, q)
p, q = two()                     -- fewer values than targets
print(p, q)
p, q = 5, 6, print("third value evaluated")   -- more values than targets
print(p, q)

-- a captured local changes only after every value is computed: the function sees the old one
local x, y = 0, 0
local function getx() return x end
x, y = 5, getx()
print(x, y)

-- an error in a later value leaves the earlier targets as they were, seen through a closure
local u, v = "old", "old"
local function peek() return u, v end
print(pcall(function() u, v = "new", nil + 1 end))
print(peek())
