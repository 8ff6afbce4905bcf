-- t.name is sugar for t["name"].
local t = {}
t.x = 1
print(t["x"], t.x)
t["y z"] = 2
print(t["y z"])
local obj = {inner = {deeper = {value = "deep"}}}
print(obj.inner.deeper.value, obj["inner"]["deeper"].value)
