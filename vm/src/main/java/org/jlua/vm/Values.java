package org.jlua.vm;

/**
 * Rules that hold for every value pair (see {@link Num}): boxing to one Java object and
 * back, type names, truth, raw equality and the plain string form of a value.
 */
public final class Values {
    private Values() {}

    /** The object slot of a boxed value. */
    public static Object tag(Object boxed) {
        if (boxed instanceof Long) return Num.INT;
        if (boxed instanceof Double) return Num.FLT;
        return boxed;
    }

    /** The long slot of a boxed value. */
    public static long bits(Object boxed) {
        if (boxed instanceof Long l) return l;
        if (boxed instanceof Double d) return Double.doubleToRawLongBits(d);
        return 0;
    }

    /** One Java object for a value pair: Long and Double for numbers, the object otherwise. */
    public static Object box(Object tag, long bits) {
        if (tag == Num.INT) return bits;
        if (tag == Num.FLT) return Double.longBitsToDouble(bits);
        return tag;
    }

    public static boolean isFalse(Object tag) {
        return tag == null || tag == Boolean.FALSE;
    }

    public static boolean isNumber(Object tag) {
        return tag == Num.INT || tag == Num.FLT;
    }

    /** The number as a double (the value must be a number). */
    public static double toDouble(Object tag, long bits) {
        return tag == Num.INT ? (double) bits : Double.longBitsToDouble(bits);
    }

    /** What {@code type} answers. */
    public static String typeName(Object tag) {
        return typeNameString(tag).toString();
    }

    // type's answers, made once: `type(x) == "table"` is common in Lua code, and a new
    // string per call cost an allocation and a byte-by-byte comparison
    private static final LuaString NIL = LuaString.valueOf("nil"), NUMBER = LuaString.valueOf("number"),
            STRING = LuaString.valueOf("string"), TABLE = LuaString.valueOf("table"),
            FUNCTION = LuaString.valueOf("function"), BOOLEAN = LuaString.valueOf("boolean"),
            THREAD = LuaString.valueOf("thread"), USERDATA = LuaString.valueOf("userdata");

    /** {@link #typeName} as a Lua string, the same object each time. */
    public static LuaString typeNameString(Object tag) {
        if (tag == null) return NIL;
        if (tag == Num.INT || tag == Num.FLT) return NUMBER;
        if (tag instanceof LuaString) return STRING;
        if (tag instanceof LuaTable) return TABLE;
        if (tag instanceof LuaFunction) return FUNCTION;
        if (tag instanceof Boolean) return BOOLEAN;
        if (tag instanceof Coroutine) return THREAD;
        return USERDATA;
    }

    /** Primitive equality: no metamethods; integers and floats compare by mathematical value. */
    public static boolean rawEquals(Object t1, long b1, Object t2, long b2) {
        if (t1 == t2) {
            if (t1 == Num.INT) return b1 == b2;
            if (t1 == Num.FLT) return Double.longBitsToDouble(b1) == Double.longBitsToDouble(b2);
            return true;
        }
        if (t1 == Num.INT && t2 == Num.FLT) return Compare.eqIntFloat(b1, Double.longBitsToDouble(b2));
        if (t1 == Num.FLT && t2 == Num.INT) return Compare.eqIntFloat(b2, Double.longBitsToDouble(b1));
        if (t1 instanceof LuaString s1 && t2 instanceof LuaString) return s1.equals(t2);
        return false;
    }

    /** The string form used by print and tostring when no {@code __tostring}/{@code __name} applies. */
    public static LuaString toStringRaw(Object tag, long bits) {
        if (tag instanceof LuaString s) return s;
        if (tag == Num.INT) return Numerals.toLuaString(bits);
        if (tag == Num.FLT) return Numerals.toLuaString(Double.longBitsToDouble(bits));
        if (tag == null) return LuaString.valueOf("nil");
        if (tag instanceof Boolean b) return LuaString.valueOf(b ? "true" : "false");
        return LuaString.valueOf(typeName(tag) + ": " + address(tag));
    }

    /** A stable pseudo-address for reference values, in the style of C's %p. */
    public static String address(Object o) {
        return String.format("0x%08x", System.identityHashCode(o));
    }

    /** Strings, and numbers converted as by {@code tostring}; null for other values. */
    public static LuaString toLuaString(Object tag, long bits) {
        if (tag instanceof LuaString s) return s;
        if (tag == Num.INT) return Numerals.toLuaString(bits);
        if (tag == Num.FLT) return Numerals.toLuaString(Double.longBitsToDouble(bits));
        return null;
    }
}
