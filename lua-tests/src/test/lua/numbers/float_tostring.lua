-- tostring gives the same text as print.
print(tostring(1.0), tostring(-0.0), tostring(1e100), tostring(1e15))
print(tostring(2^63), tostring(0.1), tostring(1/3))
print(tostring(1.0) == "1.0", tostring(10 // 1.0) == "10.0")
