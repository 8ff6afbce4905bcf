-- io.open's modes: r, w, a, r+, w+, a+, each optionally followed by b
local name = os.tmpname()
local function contents()
  local f = io.open(name, "rb")
  local s = f:read("a")
  f:close()
  return s
end
local f = io.open(name, "w") f:write("0123456789") f:close()
print("w", contents())
f = io.open(name, "a") f:write("AB") f:close()
print("a", contents())
f = io.open(name, "r") print("r", f:read("a")) f:close()
f = io.open(name, "r+") f:write("xy") f:close()
print("r+", contents())
f = io.open(name, "a+") print("a+ reads", f:read(3)) f:write("Z") f:close()
print("a+", contents())
f = io.open(name, "w+") print("w+ empty", f:read("a")) f:write("new") f:seek("set") print("w+ reads", f:read("a")) f:close()
for _, mode in ipairs({"rb", "wb", "ab", "r+b", "w+b", "a+b", "rbb"}) do
  f = io.open(name, mode)
  print(mode, io.type(f))
  f:close()
end
print("last", contents())
os.remove(name)
