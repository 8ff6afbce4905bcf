-- Calling a nil global names it.
f()
