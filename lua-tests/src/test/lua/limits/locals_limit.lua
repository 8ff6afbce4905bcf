-- A function may declare 200 local variables; the 201st is a compile error.
local function names(n)
  local s = "a1"
  for i = 2, n do s = s .. ", a" .. i end
  return s
end
local ok200 = load("local " .. names(200) .. " = 1; return a1")
print(ok200 ~= nil and ok200())
print(load("local " .. names(201) .. " = 1"))
print(load("local function f() local " .. names(201) .. " end", "=chunk"))
