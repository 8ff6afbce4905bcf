print(1 // 0) -- an uncaught integer floor division by zero: the constants must not be folded
