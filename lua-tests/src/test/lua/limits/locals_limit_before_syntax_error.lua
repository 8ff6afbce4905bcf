-- the limit of 200 local variables is checked as each is declared, so it is reported
-- before a syntax error further on; 'for' loops count their hidden control variables
local function try(s) print(select(2, load(s))) end
local s = "\nfunction foo ()\n  local "
for j = 1, 300 do s = s .. "a" .. j .. ", " end
try(s .. "b\n")
s = "\nfunction foo ()\n  local a1"
for j = 2, 300 do s = s .. "\nlocal a" .. j end
try(s)
s = "local a1"
for j = 2, 197 do s = s .. ", a" .. j end
try(s .. "; for i = 1, 2 do end")
try(s .. "; for k, v in pairs({}) do end")
try(s .. ", x; for i = 1, 2 do end")
try(s .. ", x, y; for k, v in pairs({}) do end")
try(s .. ", x, y; local function f() end")
try(s .. ", x, y, z; local function f() end")
try(s .. ", x, y, z; do local w end")
try(s .. ", x, y, z; return function (a, b) local c end, function (...) end")
try("return function (" .. ("p, "):rep(200) .. "q) end")
try("local a <const> = 1 " .. ("local b "):rep(199) .. " local c <close> = nil")
