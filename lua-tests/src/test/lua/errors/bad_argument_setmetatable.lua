-- Library functions report bad arguments by position and function name.
setmetatable(1, {})
