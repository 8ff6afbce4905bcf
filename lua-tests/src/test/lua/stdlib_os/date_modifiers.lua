-- os.date accepts C99's E modifier only before c C x X y Y and O only before
-- d e H I m M S u U V w W y; anything else is an invalid conversion specifier
for _, f in ipairs{"%Ec", "%EC", "%Ex", "%EX", "%Ey", "%EY", "%Od", "%Oe", "%OH", "%OI",
                   "%Om", "%OM", "%OS", "%Ou", "%OU", "%OV", "%Ow", "%OW", "%Oy"} do
  print(f, os.date("!" .. f, 86400 * 40 + 3723))
end
for _, f in ipairs{"%", "%9", "%O", "%E", "%Ea", "%Ed", "%OY", "%Oa", "%q", "%EE"} do
  print(f, pcall(os.date, f, 0))
end
print(pcall(os.time, {year = 1000, month = 1, day = 1, hour = 'x'}))
print(pcall(os.time, {year = 1000, month = 1, day = 1, hour = 1.5}))
print(pcall(os.time, {hour = 12}))
