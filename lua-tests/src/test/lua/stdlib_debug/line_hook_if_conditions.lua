-- line hooks see the test of an 'if' condition at its 'then' (where Lua codes it), a false
-- constant condition's jump too, and the usual lines of loops
local function trace(s)
  local l = {}
  local f = load(s)
  debug.sethook(function (e, line) l[#l + 1] = line end, "l"); f(); debug.sethook()
  return table.concat(l, ",")
end
print(trace("if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n"))
print(trace("--\nif nil then\n  a=1\nelse\n  a=2\nend\n"))
print(trace("if false\nthen a = 1 elseif\nmath.sin(1)\nthen a = 2 end"))
print(trace("if not\nmath.sin(1)\nthen a = 1 end"))
print(trace("if math.sin(1) and\nmath.sin(2)\nthen a = 1 end"))
print(trace("a=1\nrepeat\n  a=a+1\nuntil a==3\n"))
print(trace("local a\na=1\nwhile a<=3 do\n  a=a+1\nend\n"))
print(trace("while math.sin(1) do\n  if math.sin(1)\n  then break\n  end\nend\na=1"))
print(trace("for i,v in pairs{'a','b'} do\n  a=tostring(i) .. v\nend\n"))
a = nil
