-- Global names are fields of _ENV, which starts as the global table _G.
x = "global x"
print(_ENV.x, _G.x, _ENV == _G)
_ENV.y = "set through _ENV"
print(y)
print(_G._G == _G, _G["print"] == print)
