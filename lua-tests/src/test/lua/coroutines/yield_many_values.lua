-- yield and resume pass any number of values, nils included
local co = coroutine.create(function (...)
  local t = table.pack(coroutine.yield(...))
  return t.n, t[1], t[t.n]
end)
local big = {}
for i = 1, 250 do big[i] = i end
local r = table.pack(coroutine.resume(co, table.unpack(big)))
print(r.n, r[1], r[2], r[251])
print(coroutine.resume(co, nil, nil, nil))
local co2 = coroutine.wrap(function () return coroutine.yield(nil, nil) end)
print(select("#", co2()))
print(select("#", co2()))
