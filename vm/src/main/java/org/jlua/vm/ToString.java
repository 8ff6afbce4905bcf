package org.jlua.vm;

/** {@code tostring}: {@code __tostring}, then {@code __name}, then the plain form. */
public final class ToString {
    private ToString() {}

    public static LuaString of(LuaThread L, Object tag, long bits) {
        LuaTable mt = L.state.metatableOf(tag);
        if (mt != null) {
            Object tm = Metamethods.get(mt, Event.TOSTRING);
            if (tm != null) {
                Object r = L.callMetamethodForValue(tm, tag, bits, null, 0);
                if (r instanceof LuaString s) return s;
                if (r instanceof Long l) return Numerals.toLuaString(l);
                if (r instanceof Double dd) return Numerals.toLuaString(dd);
                throw L.error("'__tostring' must return a string");
            }
            Object name = mt.rawGetStr(Event.NAME.key);
            if (name instanceof LuaString s && !(tag instanceof LuaString) && !Values.isNumber(tag)) {
                return LuaString.valueOf(s + ": " + Values.address(tag));
            }
        }
        return Values.toStringRaw(tag, bits);
    }
}
