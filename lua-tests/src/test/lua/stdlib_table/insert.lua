-- table.insert: append, insert at a position shifting the rest up, and its errors
local t = {1, 2, 3}
table.insert(t, 4)
table.insert(t, 1, 0)
table.insert(t, 3, "mid")
print(table.concat(t, ","), #t)
table.insert(t, #t + 1, "end")
print(table.concat(t, ","), #t)
print(pcall(table.insert, t, 0, "x"))
print(pcall(table.insert, t, #t + 2, "x"))
print(pcall(table.insert, t))
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert, t, "x", 1))
print(pcall(table.insert, nil, 1))
print(select("#", table.insert({}, 1)))
local e = {}
table.insert(e, 1, "only")
print(e[1], #e)
