-- '[' followed by '=' must open a long bracket.
local s = [==x]==]
