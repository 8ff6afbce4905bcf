-- tracebacks name metamethods called by instructions, __close included
local function tb(f)
  local _, msg = xpcall(f, debug.traceback)
  -- keep the lines that name functions, dropping the C ones
  for line in msg:gmatch("[^\n]+") do
    if line:find("^\t[^[]") then print(line) end
  end
end
tb(function () local x <close> = setmetatable({}, {__close = function () error("x") end}) end)
tb(function () local x = setmetatable({}, {__add = function () error("x") end}) return x + 1 end)
tb(function () local x = setmetatable({}, {__index = function () error("x") end}) return x[1] end)
tb(function () local x = setmetatable({}, {__lt = function () error("x") end}) return x < x end)
tb(function () local x = setmetatable({}, {__concat = function () error("x") end}) return x .. "" end)
