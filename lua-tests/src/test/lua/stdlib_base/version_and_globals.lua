-- _VERSION and _G are ordinary globals.
print(_VERSION)
print(_G._G == _G, type(_G))
print(_G.print == print, _G._VERSION == _VERSION)
