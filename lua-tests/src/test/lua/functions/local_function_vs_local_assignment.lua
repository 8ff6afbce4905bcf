-- In 'local f = function', the body cannot see the new local f.
local f = function() return "outer" end
do
  local f = function() return f() .. " called from inner" end
  print(f())
end
do
  local function f() return "recursive-capable" end
  print(f())
end
