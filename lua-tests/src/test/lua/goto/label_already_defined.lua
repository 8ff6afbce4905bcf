-- A label name may be used once per function where it is visible.
print("not printed")
::here::
do
  ::here::
end
