-- When _ENV is not the first upvalue it stays nil after loading; setting it makes globals work.
local x; XX = 123
local function h ()
  local y = x
  return XX
end
local f = load(string.dump(h), "", "b")
print(debug.getupvalue(f, 2))
print(pcall(f))
debug.setupvalue(f, 2, _G)
print(f())
