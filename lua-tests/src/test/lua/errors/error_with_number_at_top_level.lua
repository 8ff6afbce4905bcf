-- An uncaught number error object is reported as its string form.
error(42)
