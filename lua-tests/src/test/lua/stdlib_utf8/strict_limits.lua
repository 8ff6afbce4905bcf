-- strict decoding stops at 0x10FFFF and rejects surrogates; no decoding accepts overlong forms
local cases = {
  {"\xF4\x8F\xBF\xBF", "max"}, {"\xF4\x90\x80\x80", "past max"},
  {"\xED\x9F\xBF", "before surrogates"}, {"\xED\xA0\x80", "first surrogate"},
  {"\xED\xBF\xBF", "last surrogate"}, {"\xEE\x80\x80", "after surrogates"},
  {"\xC0\x80", "overlong 0"}, {"\xC1\xBF", "overlong 7F"}, {"\xE0\x80\x80", "overlong 3"},
  {"\xF0\x80\x80\x80", "overlong 4"}, {"\xEF\xBB\xBF", "BOM"},
}
for _, case in ipairs(cases) do
  local s, what = case[1], case[2]
  print(what, utf8.len(s), utf8.len(s, 1, -1, true), pcall(utf8.codepoint, s, 1, 1, true))
end
