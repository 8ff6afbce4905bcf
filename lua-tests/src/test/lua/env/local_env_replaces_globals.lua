-- A local named _ENV changes where free names are looked up.
local print = print
do
  local _ENV = {answer = 42}
  print(answer, missing)
  newglobal = "stored in the local _ENV"
  print(newglobal, _ENV.newglobal)
end
print(newglobal)
