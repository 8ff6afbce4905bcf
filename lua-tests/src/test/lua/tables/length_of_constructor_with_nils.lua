-- A table constructor whose list ends in a multiple-value call keeps every value it got,
-- nils included, in order, as C Lua does: so that {f()} and table.unpack give back what f
-- returned, up to its last non-nil value. (# of a table with holes is any border; these are
-- the ones lua5.4 gives, which programs that pack results come to rely on.)
local function f(...) return ... end
print(#{f(nil, "x", 9)}, #{f(nil, nil)}, #{f(1, nil)}, #{f(nil, nil, 3)}, #{f()})
print(#{n = 1, f(nil, 2)}, #{1, 2, f(nil, 4)}, #{f(1, 2), f(nil, 4)})
print(#table.pack(nil, 2), #table.pack(nil, nil, nil, 4))
-- the common case: results of a function that failed
local results = {io.open("/nonexistent/dir/file")}
print(#results, results[1], type(results[2]), type(results[3]))
print(select("#", table.unpack(results)))
