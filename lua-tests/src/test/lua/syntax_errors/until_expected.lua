-- repeat needs 'until'.
repeat
  local x = 1
