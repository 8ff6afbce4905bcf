-- A message handler runs in the few slots kept past the limit after a stack overflow. An
-- overflow while it runs is an error in the error handling, which a pcall inside the
-- handler can catch; the handler then goes on and its result is xpcall's.
local function loop(x) return 1 + loop(x) end
local ok, msg = xpcall(loop, function(m)
  print("handler got", m)
  print("inside", pcall(loop, 1))
  print(math.sin(0) == 0)
  return 15
end, 1)
print(ok, msg)
-- the stack is usable again afterwards, and overflows as before
print(pcall(loop, 1))
