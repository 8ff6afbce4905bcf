-- steady.lua SCRIPT REPS ARG...: runs a benchmark script REPS times in one Lua state and
-- prints its name and the shortest CPU time (os.clock, in ms) of the second half of the
-- runs, when the JIT has compiled what it will. The script's own output is dropped.
local script, reps = arg[1], tonumber(arg[2])
local args = {table.unpack(arg, 3)}
local chunk = assert(loadfile(script))
local realprint = print
print = function() end
local times = {}
for i = 1, reps do
  arg = {[0] = script, table.unpack(args)}
  local t = os.clock()
  chunk(table.unpack(args))
  times[i] = os.clock() - t
end
local best = math.huge
for i = reps // 2 + 1, reps do best = math.min(best, times[i]) end
realprint(string.format("%s %.1f", script:match("([%w_]+)%.lua$"), best * 1000))
