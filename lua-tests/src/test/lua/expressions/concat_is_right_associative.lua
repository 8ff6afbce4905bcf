-- '..' is right associative and binds tighter than comparison, looser than '+'.
print(1 .. 2 .. 3)
print("a" .. "b" == "ab")
print(1 .. 2 + 3)
print("x" .. 1 + 2 .. "y")
print(2 .. 3 == "23")
