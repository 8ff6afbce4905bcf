-- return must be the last statement of its block.
return 1
print("after return")
