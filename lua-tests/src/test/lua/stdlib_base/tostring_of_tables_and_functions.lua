-- Tables and functions convert to "table: <address>" / "function: <address>", stable per object.
-- Addresses differ between runs, so only their shape and identity are checked.
local t, f = {}, function() end
local st, sf = tostring(t), tostring(f)
print(st == tostring(t), st ~= tostring({}), sf == tostring(f))
print(#st > #"table: ", #sf > #"function: ")
print(st < "table:~" and st > "table: ", sf < "function:~" and sf > "function: ")
print(tostring(print) < "function:~" and tostring(print) > "function: ")
