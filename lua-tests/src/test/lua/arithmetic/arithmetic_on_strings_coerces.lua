-- Strings that are numerals are converted to numbers in arithmetic.
print("10" + 1, "10" + 1.0, "3.0" + 1, "0x10" + 0)
print(" 10 " + 0, "1e1" * 1, "10" * "2", "-2" ^ 2)
print("7" // "2", "7" % "2", "7" / "2", -"3")
print(10 - "2.5", "9" - 1)
