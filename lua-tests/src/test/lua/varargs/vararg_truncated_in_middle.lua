-- In the middle of a list '...' gives only its first value.
local function f(...)
  print(..., "last")
  print("first", ...)
  local a, b, c = ..., "x"
  print(a, b, c)
end
f(1, 2, 3)
f()
