-- if needs 'then'.
if x print(x) end
