-- Jumps over code of any size: loops, breaks, gotos and elseif chains whose bodies hold
-- more than 32 KB of instructions (a big table constructor, a long chain of branches).
local items = {}
for i = 1, 20000 do items[#items + 1] = tostring(i * 7) end
local big = "{" .. table.concat(items, ",") .. "}"

local function run(src, ...)
  local f, err = load(src)
  if not f then return "load error: " .. err end
  return f(...)
end

-- a numeric for, a generic for, a while with a break, a repeat, each around the big constructor
print(run("local n = 0 for r = 1, 3 do local t = " .. big .. " n = n + #t end return n"))
print(run("local n = 0 for _, v in ipairs({1, 2}) do local t = " .. big .. " n = n + t[v] end return n"))
print(run("local n = 0 while true do local t = " .. big .. " n = n + #t if n > 30000 then break end end return n"))
print(run("local n = 0 repeat local t = " .. big .. " n = n + 1 until n == 2 return n"))
print(run("local n = 0 ::top:: do local t = " .. big .. " n = n + #t end if n < 40000 then goto top end return n"))

-- an elseif chain whose first branch jumps over all the others to its end
local branches = {"local x = ... local r if x == 0 then r = 'zero'"}
for i = 1, 6000 do branches[#branches + 1] = ("elseif x == %d then r = 'v%d'"):format(i, i) end
branches[#branches + 1] = "else r = 'other' end return r"
local chain = table.concat(branches, "\n")
print(run(chain, 0), run(chain, 1), run(chain, 5999), run(chain, 7000))

-- conditions whose jumps go past the big constructor: the function is compiled again with
-- each conditional jump going through a long jump
print(run("local x = ... if x then local t = " .. big .. " return #t else return 'no' end", true))
print(run("local x = ... if x then local t = " .. big .. " return #t else return 'no' end", false))
print(run("local x = ... if x > 1 then local t = " .. big .. " return #t end return 'small'", 0))
print(run("local x = ... if x == 'k' then local t = " .. big .. " return #t end return 'other'", "k"))
print(run("local n = 0 while n < 3 do local t = " .. big .. " n = n + 1 end return n"))
print(run("local n = 0 repeat local t = " .. big .. " n = n + 1 until n >= 2 return n"))
print(run("local x = ... return #(x and " .. big .. " or {})", 1))
print(run("local x = ... return #(x and " .. big .. " or {})", nil))
-- and in a nested function, whose enclosing function compiles once
print(run("local up = 5 local function f(x) if x then local t = " .. big .. " return #t + up end return up end return f(true), f(false)"))
