package org.jlua.vm;

/** A Lua function value: a {@link LuaClosure} compiled from Lua, or a {@link JavaFunction}. */
public abstract sealed class LuaFunction permits LuaClosure, JavaFunction {
    /** The values this function keeps as a key of weak-keyed tables, or null. */
    Ephemerons ephemerons;
}
