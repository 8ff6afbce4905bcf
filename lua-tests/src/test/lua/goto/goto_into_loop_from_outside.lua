-- A goto cannot enter a loop body.
for i = 1, 2 do
  ::body::
end
goto body
