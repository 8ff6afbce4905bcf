-- A block closed by the wrong token.
if true then
  print("x")
until false
