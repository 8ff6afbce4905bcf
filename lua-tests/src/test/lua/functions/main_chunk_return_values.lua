-- Values returned by the main chunk are ignored and the script ends normally.
print("before return")
do return 1, "two" end
print("not reached")
