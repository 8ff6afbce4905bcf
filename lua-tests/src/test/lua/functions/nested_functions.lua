-- Functions defined inside functions are new values each time the outer one runs.
local function outer()
  local function inner(x) return x + 1 end
  return inner
end
local f1, f2 = outer(), outer()
print(f1(1), f2(2), f1 == f2)
local function level1()
  return function()
    return function()
      return "three levels"
    end
  end
end
print(level1()()())
