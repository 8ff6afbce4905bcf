package org.jlua.vm;

/** A Lua thread: a stack of value pairs and a stack of call frames. (Being written.) */
public final class LuaThread {
}
