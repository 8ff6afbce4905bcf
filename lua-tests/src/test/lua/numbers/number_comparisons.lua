-- Numbers of the same subtype compare by value.
print(1 < 2, 2 < 1, 1 <= 1, -5 < -4, 0 < -0.0)
print(1.5 < 2.5, 2.5 >= 2.5, -0.0 < 0.0, -0.0 <= 0.0)
print(-9223372036854775807 - 1 < 9223372036854775807)
