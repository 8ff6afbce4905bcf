-- last line is a comment without a final line break
print("before")
-- done