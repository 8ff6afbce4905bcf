-- break is only valid inside a loop.
print("not printed")
if true then break end
