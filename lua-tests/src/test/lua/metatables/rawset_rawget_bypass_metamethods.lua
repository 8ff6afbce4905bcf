-- rawget and rawset ignore __index and __newindex.
local t = setmetatable({}, {
  __index = function() return "from __index" end,
  __newindex = function() error("should not be called") end,
})
rawset(t, "k", "raw value")
print(t.k, rawget(t, "k"), rawget(t, "other"), t.other)
print(rawset(t, 1, 2) == t)
