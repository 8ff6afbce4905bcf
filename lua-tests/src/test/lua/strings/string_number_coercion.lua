-- Numeric strings are converted in arithmetic but never in comparisons or equality.
print("10" + 1, "0x10" + 0, "1e1" + 0, " 10 " + 0, "\t5\n" + 0)
print("10" == 10, "10" ~= 10)
print(pcall(function() return "10" < 9 end))
print(10 .. 20, 1.5 .. "")
