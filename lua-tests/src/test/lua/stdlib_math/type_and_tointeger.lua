-- math.type tells integers from floats; math.tointeger converts only exact integral values
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil), math.type({}))
print(pcall(math.type))
print(math.tointeger(3), math.tointeger(3.0), math.tointeger(3.5), math.tointeger(-0.0))
print(math.tointeger(2^63), math.tointeger(-2^63), math.tointeger(1/0), math.tointeger(0/0))
print(math.tointeger("8"), math.tointeger("x"), math.tointeger({}), math.tointeger(2^53))
print(pcall(math.tointeger))
