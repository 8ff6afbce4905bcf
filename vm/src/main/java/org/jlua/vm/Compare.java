package org.jlua.vm;

/** Lua's equality and order: exact between integers and floats, bytewise on strings, then metamethods. */
public final class Compare {
    private Compare() {}

    public static boolean eqIntFloat(long i, double f) {
        Long l = Arith.floatToInteger(f);
        return l != null && l == i;
    }

    /** i < f, exactly. */
    static boolean ltIntFloat(long i, double f) {
        if (f >= 0x1p63) return true;
        if (f > -0x1p63) return i < (long) Math.ceil(f);
        return false; // f <= -2^63 or NaN
    }

    /** i <= f, exactly. */
    static boolean leIntFloat(long i, double f) {
        if (f >= 0x1p63) return true;
        if (f >= -0x1p63) return i <= (long) Math.floor(f);
        return false;
    }

    /** f < i, exactly. */
    static boolean ltFloatInt(double f, long i) {
        if (f >= 0x1p63) return false;
        if (f >= -0x1p63) return (long) Math.floor(f) < i;
        return f == f; // f < -2^63 (true) or NaN (false)
    }

    /** f <= i, exactly. */
    static boolean leFloatInt(double f, long i) {
        if (f >= 0x1p63) return false;
        if (f > -0x1p63) return (long) Math.ceil(f) <= i;
        return f == f;
    }

    /** a < b for two numbers. */
    public static boolean ltNum(Object ta, long a, Object tb, long b) {
        if (ta == Num.INT) {
            return tb == Num.INT ? a < b : ltIntFloat(a, Double.longBitsToDouble(b));
        }
        double x = Double.longBitsToDouble(a);
        return tb == Num.FLT ? x < Double.longBitsToDouble(b) : ltFloatInt(x, b);
    }

    /** a <= b for two numbers. */
    public static boolean leNum(Object ta, long a, Object tb, long b) {
        if (ta == Num.INT) {
            return tb == Num.INT ? a <= b : leIntFloat(a, Double.longBitsToDouble(b));
        }
        double x = Double.longBitsToDouble(a);
        return tb == Num.FLT ? x <= Double.longBitsToDouble(b) : leFloatInt(x, b);
    }

    /** The {@code <} operator, metamethods and errors included. */
    public static boolean lessThan(LuaThread L, Object ta, long a, Object tb, long b) {
        if (Values.isNumber(ta) && Values.isNumber(tb)) return ltNum(ta, a, tb, b);
        if (ta instanceof LuaString sa && tb instanceof LuaString sb) return sa.compareTo(sb) < 0;
        return orderByMetamethod(L, Event.LT, ta, a, tb, b);
    }

    /** The {@code <=} operator, metamethods and errors included. */
    public static boolean lessEqual(LuaThread L, Object ta, long a, Object tb, long b) {
        if (Values.isNumber(ta) && Values.isNumber(tb)) return leNum(ta, a, tb, b);
        if (ta instanceof LuaString sa && tb instanceof LuaString sb) return sa.compareTo(sb) <= 0;
        return orderByMetamethod(L, Event.LE, ta, a, tb, b);
    }

    /**
     * LTK, LEK, GTK and GEK on two integers or two floats, small enough for the JIT to inline
     * into the dispatch loop: 1 if the comparison holds, 0 if not, -1 for anything else.
     */
    static int numbersWithConstant(int op, Object ta, long a, Object tk, long k) {
        boolean r;
        if (ta == Num.INT && tk == Num.INT) {
            r = op == Op.LTK ? a < k : op == Op.LEK ? a <= k : op == Op.GTK ? a > k : a >= k;
        } else if (ta == Num.FLT && tk == Num.FLT) {
            double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(k);
            r = op == Op.LTK ? x < y : op == Op.LEK ? x <= y : op == Op.GTK ? x > y : x >= y;
        } else {
            return -1;
        }
        return r ? 1 : 0;
    }

    /** LTK, LEK, GTK and GEK beyond two integers or two floats: R[A] and a constant, in the operator's order. */
    static boolean withConstant(LuaThread L, int op, Object ta, long a, Object tk, long k) {
        return switch (op) {
            case Op.LTK -> lessThan(L, ta, a, tk, k);
            case Op.LEK -> lessEqual(L, ta, a, tk, k);
            case Op.GTK -> lessThan(L, tk, k, ta, a);
            default -> lessEqual(L, tk, k, ta, a);
        };
    }

    private static boolean orderByMetamethod(LuaThread L, Event e, Object ta, long a, Object tb, long b) {
        Object tm = Metamethods.of(L.state, ta, e);
        if (tm == null) tm = Metamethods.of(L.state, tb, e);
        if (tm == null && e == Event.LE) {
            // Lua 5.4 built with 5.3 compatibility (as lua5.4 is): a <= b as not (b < a)
            Object lt = Metamethods.of(L.state, tb, Event.LT);
            if (lt == null) lt = Metamethods.of(L.state, ta, Event.LT);
            if (lt != null) return L.metamethodTest(lt, tb, b, ta, a, true);
        }
        if (tm == null) {
            String t1 = L.objTypeName(ta), t2 = L.objTypeName(tb);
            throw L.runtimeError(t1.equals(t2)
                    ? "attempt to compare two " + t1 + " values"
                    : "attempt to compare " + t1 + " with " + t2);
        }
        return L.metamethodTest(tm, ta, a, tb, b, false);
    }

    /** The {@code ==} operator: raw equality, then {@code __eq} for two tables or two userdata. */
    public static boolean equals(LuaThread L, Object ta, long a, Object tb, long b) {
        if (Values.rawEquals(ta, a, tb, b)) return true;
        if (ta instanceof LuaTable x && tb instanceof LuaTable y) {
            Object tm = Metamethods.get(x.metatable, Event.EQ);
            if (tm == null) tm = Metamethods.get(y.metatable, Event.EQ);
            if (tm == null) return false;
            return L.metamethodTest(tm, ta, a, tb, b, false);
        }
        if (ta instanceof Userdata x && tb instanceof Userdata y) {
            Object tm = Metamethods.get(x.metatable, Event.EQ);
            if (tm == null) tm = Metamethods.get(y.metatable, Event.EQ);
            if (tm == null) return false;
            return L.metamethodTest(tm, ta, a, tb, b, false);
        }
        return false;
    }
}
