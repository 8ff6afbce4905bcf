-- methods: object-oriented Lua: method calls with `:` on objects whose methods
-- are found through a chain of __index metatables (instance -> class ->
-- superclass -> base), a method that calls the superclass version, plus
-- closures: counters and accumulators that capture and update upvalues.
-- Usage: methods.lua [n]   (n = 100000 rounds)
local n = tonumber(arg and arg[1]) or 100000

-- A class is a table of methods that is also the metatable of its instances;
-- a subclass reaches its superclass through the subclass's own metatable.
local function class(super)
  local c = {}
  c.__index = c
  if super then setmetatable(c, super) end
  return c
end

local Shape = class()
function Shape.new(cls, x, y)
  return setmetatable({ x = x, y = y }, cls)
end
function Shape:move(dx, dy)
  self.x = self.x + dx
  self.y = self.y + dy
  return self
end
function Shape:area() return 0 end
function Shape:describe() return self:area() + self.x end

local Rect = class(Shape)
function Rect.new(cls, x, y, w, h)
  local r = Shape.new(cls, x, y)
  r.w, r.h = w, h
  return r
end
function Rect:area() return self.w * self.h end

local Square = class(Rect)
function Square.new(cls, x, y, side)
  return Rect.new(cls, x, y, side, side)
end
function Square:area()
  -- reach the superclass method explicitly
  return Rect.area(self) + 1
end

-- Closures sharing one upvalue, and a fresh closure per call.
local function counter()
  local count = 0
  return function() count = count + 1; return count end,
         function() return count end
end
local function adder(k)
  return function(x) return x + k end
end

local shapes = {
  Shape:new(1, 2), Rect:new(0, 0, 3, 4), Square:new(5, 5, 2), Rect:new(1, 1, 1, 7),
}
local tick, read = counter()
local total = 0
for i = 1, n do
  local s = shapes[i % #shapes + 1]
  s:move(1, -1)
  total = total + s:area() + s:describe() - s.x
  if s:area() > 10 then tick() end
  local add = adder(i % 10)
  total = (total + add(i)) % 1000000007
end
-- positions drift but stay integers; print them so method effects are checked
local xs = {}
for i, s in ipairs(shapes) do xs[i] = string.format("(%d,%d)", s.x, s.y) end
print(string.format("methods %d: total=%d ticks=%d %s", n, total, read(), table.concat(xs, " ")))
