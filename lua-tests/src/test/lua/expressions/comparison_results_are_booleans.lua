-- Comparison operators always produce true or false.
print(1 == 1, 1 ~= 1, 1 < 2, 1 <= 1, 2 > 1, 2 >= 3)
print("a" == "a", "a" ~= "b", nil == false, nil == nil)
local t = {}
print(t == t, t == {}, t ~= {})
print(print == print, type == print)
