package org.jlua.vm;

/** A function compiled from Lua: its prototype and the cells of its upvalues. */
public final class LuaClosure extends LuaFunction {
    public final Proto proto;
    public final Cell[] upvals;

    public LuaClosure(Proto proto, Cell[] upvals) {
        this.proto = proto;
        this.upvals = upvals;
    }
}
