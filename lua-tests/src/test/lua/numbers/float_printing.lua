-- Floats print with up to 14 significant digits ("%.14g"), and look like floats:
-- an integral value gets ".0" unless it prints with an exponent.
print(1.0, -0.0, 0.0, 100.0, -3.0)
print(1e100, 1e15, 1e16, 1e14, 123456789012345.0, 12345678901234.0)
print(2^63, -2^63, 2^53, 2^24)
print(0.1, 0.5, 1/3, 2/3, 3.14159265358979)
print(1e-5, 1.5e-7, 123.456, -0.001)
print(5e-324, 1.7976931348623157e308)
