-- files are byte streams: every byte value comes back as written, with no translation
local name = os.tmpname()
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
local all = table.concat(bytes)
local f = io.open(name, "wb")
f:write(all, "\r\n", "\0")
f:close()
f = io.open(name, "rb")
local back = f:read("a")
f:close()
print(#back, back == all .. "\r\n\0")
f = io.open(name)
local first = f:read("L")
print(#first, first:byte(1), first:byte(-1))
f:close()
os.remove(name)
