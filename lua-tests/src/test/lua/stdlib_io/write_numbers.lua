-- io.write writes integers in decimal and floats as "%.14g", without tostring's ".0"
io.write(1, " ", -3, " ", 1.0, " ", -0.0, " ", 2.5, " ", 0.1, "\n")
io.write(2^53, " ", 2^63, " ", 1e100, " ", 1e-5, " ", 123456789012345678, "\n")
io.write(100000000000000, " ", 1e14, " ", 1e15, " ", 1/0, " ", -1/0, "\n")
io.write(math.maxinteger, " ", math.mininteger, " ", 3.14159265358979, "\n")
