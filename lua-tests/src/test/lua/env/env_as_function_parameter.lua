-- A function with an _ENV parameter resolves free names in the table it is given.
local function run(_ENV) return greeting .. ", " .. name end
print(run({greeting = "hello", name = "world"}))
print(run({greeting = "hi", name = "there"}))
local function setter(_ENV, v) value = v end
local box = {}
setter(box, 7)
print(box.value)
