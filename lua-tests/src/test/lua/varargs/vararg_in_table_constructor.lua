-- '...' as the last item of a constructor expands to all arguments.
local function pack(...) return {...} end
local t = pack(1, 2, 3)
print(#t, t[1], t[3])
local function packn(...) return {n = select("#", ...), ...} end
local p = packn(nil, nil)
print(p.n, p[1], p[2])
local function first_only(...) return {..., "end"} end
local f = first_only("x", "y", "z")
print(#f, f[1], f[2], f[3])
