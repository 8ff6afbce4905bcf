-- Tokens may be separated by any whitespace, including form feeds and vertical tabs.
local t = {	1,	2	}
print(t[1]		+		t[2])
print(
  "spread"
  ,
  "over"
  ,
  "lines"
)
local f = load("return\f1\v+\r2")
print(f())
