-- 'and' and 'or' return one of their operands, not a boolean.
print(nil and 1, false and 1, 0 and 1, "" and "x")
print(nil or 1, false or nil, 0 or 1, nil or false)
print(1 and 2 or 3, nil and 2 or 3, false or false or "last")
local x = nil
print(x and x.field or "default")
