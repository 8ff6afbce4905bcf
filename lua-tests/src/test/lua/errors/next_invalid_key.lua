-- next with a key that is not in the table: the message has no position (it is raised
-- inside next), whether next is called directly or by a generic for
print(pcall(next, {}, "absent"))
print(pcall(function () return next({a = 1}, "b") end))
local t = {x = 1}
print(pcall(function ()
  for k in next, t, "nope" do end
end))
