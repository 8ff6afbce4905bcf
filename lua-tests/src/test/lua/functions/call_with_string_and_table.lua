-- f"str", f[[str]] and f{...} call f with a single string or table.
local function show(x) return type(x), type(x) == "table" and #x or x end
print(show"literal")
print(show[[long]])
print(show{1, 2, 3})
local obj = {name = "obj"}
function obj:greet(s) return self.name .. " " .. s end
print(obj:greet"hi")
local function curry(a) return function(b) return a .. b end end
print(curry"x""y")
