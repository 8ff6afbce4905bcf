-- '^' is right associative and binds tighter than unary operators on its left,
-- but its right operand may itself be a unary expression.
print(2^-3)
print(-2^2)
print(2^3^2)
print((2^3)^2)
print(-2^-2)
print(not 1 == 2)
