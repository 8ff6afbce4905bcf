-- load's fourth argument becomes the chunk's _ENV.
local env = {value = 5}
local chunk = load("result = value * 2; return result", "chunk", "t", env)
print(chunk(), env.result, result)
local default = load("return _ENV == _G")
print(default())
