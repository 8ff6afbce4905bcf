-- Semicolons are empty statements and may appear anywhere a statement can.
;;; local a = 1; ; ;
do ; end
if a then ; end
print(a);
for i = 1, 2 do ; print(i) ; end;
