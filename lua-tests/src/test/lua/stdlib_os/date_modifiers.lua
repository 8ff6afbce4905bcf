-- os.date accepts the E and O modifiers of C99 where strftime does, and rejects the others
local t = 1700000000
for _, c in ipairs{"Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM",
                   "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"} do
  io.write(c, "=[", os.date("!%" .. c, t), "] ")
end
print()
print(pcall(os.date, "!%Ez", t))
print(pcall(os.date, "!%Oa", t))
print(pcall(os.date, "!%E", t))
print(pcall(os.date, "!%q", t))
print(pcall(os.date, "%", t))
print(pcall(os.date, "!%5d", t))
print(pcall(os.date, "!%Y and %Q then more", t))
print(os.date("!*t!", t), os.date("!*tx", t), os.date("*t") ~= nil)
