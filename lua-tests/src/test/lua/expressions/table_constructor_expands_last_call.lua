-- Only a call (or '...') in the last position of a constructor expands to all its values.
local function three() return 1, 2, 3 end
print(#{three()}, #{three(), three()}, #{three(), 10})
local t = {three(), three()}
print(t[1], t[2], t[3], t[4])
local u = {three(), x = 1}
print(u[1], u[2], u.x)
