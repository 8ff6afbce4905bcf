-- An instruction whose result register is also its table operand, when the
-- table has a metatable: the metamethod must still see the table, so nothing
-- may be written to the result before the raw lookup is known to be final.
local proto = {x = 10, get = function(self) return self.y end}
local mt = {__index = proto}

local t = setmetatable({y = 1}, mt)
t = t.x                          -- GETFIELD R, R through __index
print(t)

local u = setmetatable({}, mt)
local k = "x"
u = u[k]                         -- GETTABLE R, R through __index
print(u)

local v = setmetatable({y = 2}, mt)
v = v:get()                      -- SELF through __index, then the call
print(v)

local w = setmetatable({}, {__index = function(_, key) return key .. "!" end})
w = w.field
print(w)

-- a field that exists is set raw, one that does not goes to __newindex
local log = {}
local obj = setmetatable({present = 1}, {__newindex = function(t, key, value)
  log[#log + 1] = key .. "=" .. tostring(value)
  rawset(t, key, value)
end})
obj.present = 2
obj.absent = 3
obj.absent = 4
obj["present"] = 5
print(obj.present, obj.absent, table.concat(log, " "))

-- comparisons that need a metamethod or are between strings
local cmp = setmetatable({}, {__lt = function() return true end, __le = function() return false end})
print(cmp < cmp, cmp <= cmp, "a" < "b", "b" <= "a")
