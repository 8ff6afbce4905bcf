-- load with a reader function: an error in the reader makes load fail with that error
-- (called through pcall, so that no message handler is involved), numbers are pieces too,
-- and a piece of another type is an error with the caller's position
print(pcall(load, function () error("hhi") end))
print(pcall(load, function () error("no position", 0) end))
local ok, f, e = pcall(load, function () error({}) end)
print(ok, f, type(e))
print(pcall(load, function () error() end))
local parts = {"return ", "1 + ", 2, nil}
local i = 0
print(load(function () i = i + 1 return parts[i] end)())
print(pcall(load, function () return true end))
