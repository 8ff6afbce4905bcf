-- math.sqrt, exp and log with bases (2, 10 and others); results always floats
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1/0))
print(math.exp(0), math.exp(1), math.exp(-1/0))
print(math.log(1), math.log(math.exp(2)), math.log(8, 2), math.log(100, 10), math.log(27, 3))
print(math.log(0), math.log(1024, 2), math.log(1000, 10), math.log(1, 1))
print(math.log(2^60, 2), math.log(10, 100), math.log(-1) ~= math.log(-1))
print(math.sqrt(-1) ~= math.sqrt(-1), math.type(math.sqrt(4)))
print(pcall(math.sqrt, "x"))
print(pcall(math.log))
