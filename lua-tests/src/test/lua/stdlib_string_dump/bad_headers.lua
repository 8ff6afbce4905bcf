-- A chunk starting with ESC is binary: a wrong signature or version is a bad binary format.
print(load("\27 return 10"))
print(load("\27Lux"))
print(load("\27Lua\x53"))
print(load("\27"))
local c = string.dump(function () return 1 end)
print(load(string.sub(c, 1, 4) .. "\x55" .. string.sub(c, 6)))
