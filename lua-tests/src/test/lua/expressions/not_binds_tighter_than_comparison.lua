-- 'not' applies before '==': not nil == true is (not nil) == true.
print(not nil == true)
print(not (nil == true))
print(not 1 == nil)
print(not not nil)
print(not 0, not "", not false)
