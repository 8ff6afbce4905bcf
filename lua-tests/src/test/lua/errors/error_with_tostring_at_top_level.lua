-- An uncaught error object with __tostring is reported through it.
error(setmetatable({}, {__tostring = function() return "described error" end}))
