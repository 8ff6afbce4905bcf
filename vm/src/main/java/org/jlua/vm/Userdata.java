package org.jlua.vm;

/** A full userdata: a Java object with a Lua metatable (files of the io library, for instance). */
public class Userdata {
    public LuaTable metatable;
    public final Object payload;
    /** Set while the userdata is marked for finalization (see {@link Finalizers}). */
    Object gcGuard;
    /** The values this userdata keeps as a key of weak-keyed tables, or null. */
    Ephemerons ephemerons;

    public Userdata(Object payload, LuaTable metatable) {
        this.payload = payload;
        this.metatable = metatable;
    }
}
