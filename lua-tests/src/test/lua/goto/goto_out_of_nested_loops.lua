-- goto can leave several nested blocks at once.
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then
      print("found", i, j)
      goto found
    end
  end
end
print("never printed")
::found::
print("after")
