-- error's level chooses whose position prefixes the message.
local function level1() error("at level 1") end
local function level2() error("at level 2", 2) end
local function caller() level2() end
print(pcall(level1))
print(pcall(caller))
print(pcall(error, "called directly"))
print(pcall(error, "level 0", 0))
