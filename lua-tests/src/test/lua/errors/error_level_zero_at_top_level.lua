-- Level 0 adds no position to the message.
error("no position", 0)
