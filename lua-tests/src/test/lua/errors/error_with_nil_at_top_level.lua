-- Even nil can be raised as an error.
error()
