-- A for needs '=' (numeric) or 'in' (generic) after its names.
for x y do end
