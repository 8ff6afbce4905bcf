-- The basic functions are all present as globals.
local names = {"assert", "error", "getmetatable", "ipairs", "load", "next", "pairs", "pcall",
  "print", "rawequal", "rawget", "rawlen", "rawset", "select", "setmetatable", "tonumber",
  "tostring", "type", "xpcall"}
for _, name in ipairs(names) do
  if type(_G[name]) ~= "function" then print("missing", name) end
end
print(#names, "functions checked")
