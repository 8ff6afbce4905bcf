-- select needs a number or '#', and an index in range.
print(pcall(select, "x"))
print(pcall(select))
print(pcall(select, 0))
print(select(5, 1, 2))
print(select("#", select(5, 1, 2)))
