-- A tail call reuses the frame: a million nested tail calls do not overflow.
local function countdown(n)
  if n == 0 then return "done" end
  return countdown(n - 1)
end
print(countdown(1000000))
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + n)
end
print(loop(1000000, 0))
local ping, pong
function ping(n) if n == 0 then return "ping" end return pong(n - 1) end
function pong(n) if n == 0 then return "pong" end return ping(n - 1) end
print(ping(1000001))
