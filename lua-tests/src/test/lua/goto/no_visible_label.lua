-- A goto whose label is not visible is a compile error: nothing of the chunk runs.
print("not printed")
do
  goto missing
end
