-- \z skips the following whitespace, line breaks included.
local s = "one \z
           two\z     three"
print(s)
print(#"a\z

      b")
