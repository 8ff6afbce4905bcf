-- coroutine.wrap as an iterator for a generic for, including a recursive tree walk and many live coroutines
local function range(n) return coroutine.wrap(function () for i = 1, n do coroutine.yield(i) end end) end
local sum = 0
for i in range(10) do sum = sum + i end
print(sum)
local function walk(t)
  return coroutine.wrap(function ()
    local function visit(node)
      if type(node) == "table" then for _, c in ipairs(node) do visit(c) end else coroutine.yield(node) end
    end
    visit(t)
  end)
end
local out = {}
for leaf in walk({1, {2, {3, 4}}, {{5}}, 6}) do out[#out + 1] = leaf end
print(table.concat(out, " "))
local gens = {}
for i = 1, 1000 do gens[i] = range(3) end
local total = 0
for round = 1, 3 do for i = 1, 1000 do total = total + gens[i]() end end
print(total)
