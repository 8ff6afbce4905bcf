-- A stripped dump has no source, lines or names, but the function still runs the same.
local function f(a, b)
  local c = a * b
  return c + 1, debug.getinfo(1, "l").currentline
end
local g = load(string.dump(f, true))
print(g(6, 7))
local info = debug.getinfo(g, "S")
print(info.source, info.short_src, info.what, info.linedefined, info.lastlinedefined)
print(next(debug.getinfo(g, "L").activelines))
local full = debug.getinfo(load(string.dump(f)), "S")
print(full.source, full.short_src, full.linedefined, full.lastlinedefined)
print(#string.dump(f, true) < #string.dump(f))
