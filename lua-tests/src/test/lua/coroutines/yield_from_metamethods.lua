-- metamethods called by the VM may yield: __index, __newindex, __call, arithmetic, __concat, __len, __unm
local mt = {}
mt.__index = function (t, k) return coroutine.yield("index " .. k) end
mt.__newindex = function (t, k, v) rawset(t, k, coroutine.yield("newindex " .. k)) end
mt.__call = function (self, a) return coroutine.yield("call " .. a) end
mt.__add = function (a, b) return coroutine.yield("add") end
mt.__concat = function (a, b) return coroutine.yield("concat") end
mt.__len = function () return coroutine.yield("len") end
mt.__unm = function () return coroutine.yield("unm") end
mt.__idiv = function () return coroutine.yield("idiv") end
mt.__band = function () return coroutine.yield("band") end
mt.__shl = function () return coroutine.yield("shl") end
mt.__bnot = function () return coroutine.yield("bnot") end
local co = coroutine.wrap(function ()
  local t = setmetatable({}, mt)
  print("got", t.foo)
  t.bar = "ignored"
  print("stored", rawget(t, "bar"))
  print("got", t("arg"))
  print("got", t + 1, 2 + t)
  print("got", t .. "s", "s" .. t .. "s")
  print("got", #t, -t)
  print("got", t // 1, t & 1, t << 1, ~t)
  return "end"
end)
local answer = co()
while answer ~= "end" do
  print("yielded", answer)
  answer = co("<" .. answer .. ">")
end
