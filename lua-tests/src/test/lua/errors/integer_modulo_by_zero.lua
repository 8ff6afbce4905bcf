local a, b = 10, 0; print(a % b) -- an uncaught integer modulo by zero ends the script
