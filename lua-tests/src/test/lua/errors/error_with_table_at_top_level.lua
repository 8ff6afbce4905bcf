-- An uncaught non-string error object without __tostring is reported by its type.
error({code = 42})
