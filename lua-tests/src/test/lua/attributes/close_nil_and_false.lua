-- nil and false are allowed as to-be-closed values and are ignored.
do
  local a <close> = nil
  local b <close> = false
  print("nothing to close")
end
print("ok")
