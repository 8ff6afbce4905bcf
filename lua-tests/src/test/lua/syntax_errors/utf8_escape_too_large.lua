-- \u{...} accepts values below 2^31.
local s = "\u{80000000}"
