-- string.gsub with a table or function: the first capture is the key or argument; false or nil keeps the match
local t = {name = "lua", version = 5.4, no = false}
print(string.gsub("$name $version $other $no", "%$(%w+)", t))
print(string.gsub("hello world", "%w+", function (w) return w:upper() end))
print(string.gsub("a b c", "%w", function (c) if c == "b" then return nil end return c .. c end))
print(string.gsub("abc", "(a)(b)", function (x, y) return y .. x end))
print(string.gsub("x = 1", "(%w+) = (%w+)", function (k, v) return v .. " = " .. k end))
print(string.gsub("123", "%d", function (d) return d * 2 end))
print(pcall(string.gsub, "abc", "b", function () return {} end))
print(pcall(string.gsub, "abc", "b", {b = true}))
print(pcall(string.gsub, "abc", "b", 1))
print(pcall(string.gsub, "abc", "b", true))
