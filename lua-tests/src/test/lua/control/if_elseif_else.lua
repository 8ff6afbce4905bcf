-- Only nil and false are false; the first true condition's block runs.
local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  else return "large" end
end
print(classify(-5), classify(0), classify(3), classify(42))
if 0 then print("0 is true") end
if "" then print("empty string is true") end
if nil then print("never") elseif false then print("never") else print("else branch") end
