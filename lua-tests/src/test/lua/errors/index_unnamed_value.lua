-- indexing a value with no name of its own gives no variable information; a value loaded
-- from a field is named after it, from an indexed read "integer index" (small integer
-- constant keys), the key string constant, or "?"
print(pcall(function () local a = {} ; return (a.b or a.c).d end))
print(pcall(function () return ({}).x.y end))
print(pcall(function () local t = {{}} return t[1].x.y end))
print(pcall(function () return (nil).x end))
print(pcall(function (...) local a = ... ; return a.x end))
print(pcall(function (...) return (...).x end))
print(pcall(function () local t = {} return t[1][2] end))
print(pcall(function () local t = {} local k = 1 return t[k][2] end))
print(pcall(function () local t = {} return t["a" .. "b"][2] end))
print(pcall(function () local t = {} return t[1000][2] end))
print(pcall(function () local t = {} return t[-1][2] end))
print(pcall(function () local t = {} return t[1.5][2] end))
print(pcall(function () local t = {} return t[true][2] end))
print(pcall(function () local t = {} return t[255].x, t[256].x end))
print(pcall(function () local t = {} t[1]() end))
print(pcall(function () local t = {} t[t]() end))
