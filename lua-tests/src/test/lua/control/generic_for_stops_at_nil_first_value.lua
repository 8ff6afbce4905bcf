-- The loop ends when the first value is nil, even if others are not.
local function iter(_, i)
  i = i + 1
  if i <= 3 then return i, "v" .. i end
  return nil, "ignored"
end
for i, v in iter, nil, 0 do print(i, v) end
local function falsy(_, i)
  if i == 0 then return false, "false is not nil" end
end
for a, b in falsy, nil, 0 do print(a, b); break end
