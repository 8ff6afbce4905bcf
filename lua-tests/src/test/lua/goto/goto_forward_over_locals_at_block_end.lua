-- A goto may jump over locals to a label at the end of the block.
do
  goto finish
  local x = 1
  print(x)
  ::finish::
end
print("jumped")
