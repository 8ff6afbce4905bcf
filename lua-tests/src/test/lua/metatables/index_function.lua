-- __index as a function receives the table and the key.
local t = setmetatable({present = "raw"}, {__index = function(tbl, k)
  return "computed " .. tostring(k)
end})
print(t.present, t.absent, t[42], t[true])
local calls = 0
local memo = setmetatable({}, {__index = function(tbl, n)
  calls = calls + 1
  local v = n * n
  rawset(tbl, n, v)
  return v
end})
print(memo[12], memo[12], calls)
