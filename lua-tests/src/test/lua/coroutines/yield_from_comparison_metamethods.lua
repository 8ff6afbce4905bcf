-- comparison metamethods may yield; the resumed value decides the comparison
local mt = {
  __lt = function (a, b) return coroutine.yield("lt") end,
  __le = function (a, b) return coroutine.yield("le") end,
  __eq = function (a, b) return coroutine.yield("eq") end,
}
local co = coroutine.wrap(function ()
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  print(a < b, a <= b, a == b, a ~= b, a > b, a >= b)
  if a < b then print("branch taken") else print("branch not taken") end
  while not (a <= b) do print("in loop") end
  return "end"
end)
local r = co()
local answers = {true, false, 1, nil, "yes", false, false, true}
local i = 0
while r ~= "end" do
  i = i + 1
  io.write(r, "->", tostring(answers[i]), " ")
  r = co(answers[i])
end
print()
