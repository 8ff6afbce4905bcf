package org.jlua.vm;

/** Finding metatables and metamethods. */
public final class Metamethods {
    private Metamethods() {}

    /** The metamethod for {@code e} in metatable {@code mt} (boxed), or null. */
    public static Object get(LuaTable mt, Event e) {
        if (mt == null) return null;
        int ord = e.ordinal();
        if (ord < 8) {
            int bit = 1 << ord;
            if ((mt.absentEvents & bit) != 0) return null;
            Object v = mt.rawGetStr(e.key);
            if (v == null) mt.absentEvents |= (byte) bit;
            return v;
        }
        return mt.rawGetStr(e.key);
    }

    /** The metamethod for {@code e} of the value whose object slot is {@code tag}, or null. */
    public static Object of(LuaState state, Object tag, Event e) {
        return get(state.metatableOf(tag), e);
    }
}
