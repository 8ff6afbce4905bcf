-- load with a reader function: pieces are joined until it returns nil, nothing or an empty
-- string; numbers count as strings; other values and errors in the reader make load fail
local pieces = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function () i = i + 1; return pieces[i] end)
print(f(), i)
local parts = {"local a = 'x'", "..'y'; return a", ""}
local j = 0
print(load(function () j = j + 1; return parts[j] end)(), j)
local calls = 0
print(load(function () calls = calls + 1; if calls == 1 then return "return 'one piece'" end end)())
print(type(load(function () end)), select("#", load(function () end)()))
local n = 0
print(load(function () n = n + 1; if n == 1 then return "return " elseif n == 2 then return 42 end end)())
local function loadIn(reader) return load(reader) end
print(pcall(loadIn, function () return {} end))
local k = 0
print(pcall(loadIn, function () k = k + 1; if k == 1 then return "return 'ok'" else return true end end))
print(pcall(load, function () return {} end))
print(pcall(load, function () error("reader failed") end))
local ok, none, e = pcall(load, function () error({code = 1}) end)
print(ok, none, type(e), e.code)
