-- Nested functions are dumped with their parent; their own upvalues work after loading.
local a = load(string.dump(function ()
  return function (x)
    return function (y)
      return function (z) return x + y + z end
    end
  end
end))
print(a()(2)(3)(10))
local counter = load(string.dump(function ()
  local n = 0
  return function () n = n + 1; return n end
end))()
print(counter(), counter(), counter())
