-- package.preload is searched first; its loader gets the name and ":preload:"
package.preload.virtual = function (...)
  print("loading", ...)
  return {answer = 42}
end
local m, data = require("virtual")
print(m.answer, data)
print(require("virtual") == m)
package.preload.broken = function () error("loader failed") end
print(pcall(require, "broken"))
print(package.loaded.broken)
