-- Labels inside a nested block are not visible from outside it.
print("not printed")
goto inner
do
  ::inner::
end
