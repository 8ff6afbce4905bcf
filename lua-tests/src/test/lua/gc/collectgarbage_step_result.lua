-- collectgarbage("step") tells whether the step finished a collection cycle: never in the
-- generational mode that the stand-alone interpreter starts in, and here, with little to
-- collect, always in incremental mode
print(collectgarbage("step"), collectgarbage("step", 0), collectgarbage("step", 100))
print(collectgarbage("incremental"))
print(collectgarbage("step"), collectgarbage("step", 0), collectgarbage("step", 1000000))
print(collectgarbage("generational"))
print(collectgarbage("step"))
