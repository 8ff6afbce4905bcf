-- Decimal numerals: with a dot or an exponent they are floats, otherwise integers.
print(3, 345, 0, 00012)
print(3.0, 3.1416, 314.16e-2, 0.31416E1, 34e1)
print(.5, 5., 1e2, 1E+2, 2e-1, 1e0)
print(0.0, 000.5, 1.e1)
