-- A local statement can declare at most one to-be-closed variable.
local a <close>, b <close> = nil, nil
