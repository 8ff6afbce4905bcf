-- load checks its mode: a text chunk is refused when only binary chunks are allowed.
print(load("return 1", "c", "b"))
print(load("return 1", "c", "bt")())
print(pcall(load))
print(type(load("")), select("#", load("")()))
