-- \u{XXX} writes the UTF-8 encoding of the code point (up to 2^31 - 1 in Lua 5.4).
print("\u{48}\u{69}")
print(#"\u{7F}", #"\u{80}", #"\u{7FF}", #"\u{800}", #"\u{FFFF}", #"\u{10000}")
print(#"\u{10FFFF}", #"\u{1FFFFF}", #"\u{200000}", #"\u{3FFFFFF}", #"\u{4000000}", #"\u{7FFFFFFF}")
print("\u{E9}" == "\xC3\xA9", "\u{20AC}" == "\xE2\x82\xAC")
print("\u{0000041}" == "A")
print("caf\u{e9}")
