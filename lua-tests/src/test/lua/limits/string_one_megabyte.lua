-- Strings of a million bytes work: building, length, comparison, keys and literals.
local function rep(s, n)
  local r = ""
  while n > 0 do
    if n % 2 == 1 then r = r .. s end
    s = s .. s
    n = n // 2
  end
  return r
end
local s = rep("x", 1000000)
print(#s)
local t = rep("xxxxxxxxxx", 100000)
print(#t, s == t, s < t .. "y", s .. "" == t)
local keys = {[s] = "found"}
print(keys[t])
local literal = load("return '" .. s .. "'")()
print(#literal, literal == s)
local long = load("return [[" .. rep("ab\n", 333333) .. "]]")()
print(#long)
