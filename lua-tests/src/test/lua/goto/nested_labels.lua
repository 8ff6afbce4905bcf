-- Labels with the same name in nested functions or sibling blocks are distinct.
local function f()
  goto skip
  print("never")
  ::skip::
  return "f done"
end
do
  goto skip
  print("never")
  ::skip::
end
print(f())
do ::a:: end
do ::a:: end
local n = 0
do
  ::again::
  n = n + 1
  if n < 3 then goto again end
end
print(n)
