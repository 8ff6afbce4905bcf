-- An unclosed parenthesis on another line names that line.
print("a",
  "b"
local x = 1
