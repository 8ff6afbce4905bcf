-- what the debug library sees of a chunk loaded without debug information: temporaries,
-- upvalues with no name, no lines; a line hook runs once at the start, with a nil line
local prog = [[-- program to be loaded without debug information (strip)
local debug = require'debug'
local a = 12  -- a local variable

local n, v = debug.getlocal(1, 1)
print(n, v == debug)
n, v = debug.getlocal(1, 2)
print(n, v)

-- a function with an upvalue
local f = function () local x; return a end
n, v = debug.getupvalue(f, 1)
print(n, v)
print(debug.setupvalue(f, 1, 13))
print(a)

local t = debug.getinfo(f)
print(t.name, t.linedefined, t.lastlinedefined, t.short_src)
print(debug.getinfo(1).currentline)

t = debug.getinfo(f, "L").activelines
print(next(t))

-- dump/load a function without debug info
f = load(string.dump(f))

t = debug.getinfo(f)
print(t.name, t.linedefined, t.lastlinedefined, t.short_src)
print(debug.getinfo(1).currentline)
return a
]]
local f = assert(load(string.dump(load(prog), true)))
print(f())
  local function foo ()
    local a = 1
    local b = 2
    return b
  end
  local s = load(string.dump(foo, true))
  local line = true
  debug.sethook(function (e, l)
    print(e, l)
    line = l
  end, "l")
  print(s()); debug.sethook(nil)
  print(line)
