-- A long comment must be closed too.
--[[ this comment
never ends
