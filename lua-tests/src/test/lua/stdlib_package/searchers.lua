-- package.searchers: four searchers by default; a custom one may be added, and one that finds nothing explains why
print(#package.searchers, type(package.searchers[1]))
table.insert(package.searchers, 2, function (name)
  if name == "magic" then
    return function (n, extra) return "magic module " .. n .. " " .. extra end, "extra data"
  end
  return "\n\tno magic for '" .. name .. "'"
end)
print(require("magic"))
package.path = ""
package.cpath = ""
print(pcall(require, "nothing"))
package.searchers = nil
print(pcall(require, "again"))
