-- <const> locals with constant initialisers behave like their values everywhere.
local K <const> = 10
local F <const> = 2^53
local S <const> = "str"
local N <const> = nil
local B <const> = false
print(K * 2, K // 3, K / 4, -K, ~K)
print(F + 1 == F, S .. S, S .. K, N, B, not B)
local function f() return K + 1, S end
print(f())
local t = {[K] = "ten", [S] = "string key"}
print(t[10], t.str)
local Z <const> = 0
print(pcall(function() return K // Z end))
