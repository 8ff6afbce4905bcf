-- os.time reads the date table's fields through __index and writes the normalised ones through __newindex
local defaults = {year = 2020, month = 14, day = 1}
local written = {}
local t = setmetatable({hour = 0}, {
  __index = function (_, k) return defaults[k] end,
  __newindex = function (_, k, v) written[#written + 1] = k .. "=" .. tostring(v) end,
})
local base = os.time{year = 2021, month = 2, day = 1, hour = 0}
print(os.time(t) - base)
for i = 1, #written do if written[i]:sub(1, 5) ~= "isdst" then io.write(written[i], " ") end end
print()
print(t.hour, rawget(t, "year"))
