-- an invalid sequence met by utf8.codes outside pcall stops the script
for p, c in utf8.codes("ok\xE2\x82") do
  print(p, c)
end
