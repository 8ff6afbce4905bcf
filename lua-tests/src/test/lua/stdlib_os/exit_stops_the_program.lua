-- os.exit ends the program at once with status 0 (true or 0), flushing output; pcall cannot catch it
io.write("written before exit\n")
print(pcall(function () return 1 end))
local t = setmetatable({}, {__close = function () print("not closed without the close flag") end})
do
  local c <close> = t
  pcall(os.exit, true)
end
print("never printed")
