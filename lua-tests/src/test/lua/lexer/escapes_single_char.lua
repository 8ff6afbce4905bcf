-- The one-letter escapes and the quote/backslash escapes each stand for one byte.
local s = "\a\b\f\n\r\t\v\\\"\'"
print(#s)
print("tab:[\t] quote:[\"] apostrophe:[\'] backslash:[\\]")
print('double "inside" single', "single 'inside' double")
-- Compare against the same bytes written with decimal escapes.
print("\a" == "\7", "\b" == "\8", "\f" == "\12", "\n" == "\10")
print("\r" == "\13", "\t" == "\9", "\v" == "\11", "\\" == "\92")
print("\"" == "\34", "\'" == "\39")
