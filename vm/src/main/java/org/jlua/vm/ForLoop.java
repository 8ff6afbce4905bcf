package org.jlua.vm;

/** The numeric for loop's preparation (FORPREP): integer and float loops, and their errors. */
final class ForLoop {
    private ForLoop() {}

    /**
     * The integer loop: the iteration count is computed once, as an unsigned number, so
     * that the loop cannot overflow; FORLOOP counts it down in place of the limit.
     */
    private static boolean prepareIntegers(LuaThread L, Object[] s, long[] n, int a) {
        long init = n[a], limit = n[a + 1], step = n[a + 2];
        if (step == 0) throw L.runtimeError("'for' step is zero");
        if (step > 0 ? init > limit : init < limit) return false;
        n[a + 1] = step > 0 ? Long.divideUnsigned(limit - init, step) : Long.divideUnsigned(init - limit, -(step + 1) + 1L);
        s[a + 3] = Num.INT;
        n[a + 3] = init;
        return true;
    }

    /**
     * Prepares R[a..a+2] and R[a+3]; false if the loop must not run. An integer loop with a
     * float limit gets its limit clipped to an integer; otherwise all three become floats.
     */
    static boolean prepare(LuaThread L, int a) {
        Object[] s = L.stack;
        long[] n = L.nstack;
        if (s[a] == Num.INT && s[a + 1] == Num.INT && s[a + 2] == Num.INT) return prepareIntegers(L, s, n, a);
        // strings that are numerals count as numbers, as luaV_tonumber has it
        for (int i = 0; i < 3; i++) {
            if (s[a + i] instanceof LuaString str) {
                Object v = Numerals.parse(str);
                if (v != null) {
                    s[a + i] = Values.tag(v);
                    n[a + i] = Values.bits(v);
                }
            }
        }
        Object ti = s[a], tl = s[a + 1], ts = s[a + 2];
        if (ti == Num.INT && tl == Num.INT && ts == Num.INT) {
            return prepareIntegers(L, s, n, a); // only strings were converted: the integer loop after all
        }
        if (ti == Num.INT && ts == Num.INT) {
            long init = n[a], step = n[a + 2];
            if (!Values.isNumber(tl)) throw forError(L, "limit", tl);
            if (step == 0) throw L.runtimeError("'for' step is zero");
            long limit;
            double fl = Double.longBitsToDouble(n[a + 1]);
            if (fl != fl) return false; // NaN limit: no iterations
            double bounded = step > 0 ? Math.floor(fl) : Math.ceil(fl);
            if (bounded >= 0x1p63) {
                if (step < 0) return false;
                limit = Long.MAX_VALUE;
            } else if (bounded < -0x1p63) {
                if (step > 0) return false;
                limit = Long.MIN_VALUE;
            } else {
                limit = (long) bounded;
            }
            if (step > 0 ? init > limit : init < limit) return false;
            long count = step > 0 ? Long.divideUnsigned(limit - init, step)
                    : Long.divideUnsigned(init - limit, -(step + 1) + 1L);
            s[a + 1] = Num.INT;
            n[a + 1] = count;
            s[a + 3] = Num.INT;
            n[a + 3] = init;
            return true;
        }
        if (!Values.isNumber(ti)) throw forError(L, "initial value", ti);
        if (!Values.isNumber(tl)) throw forError(L, "limit", tl);
        if (!Values.isNumber(ts)) throw forError(L, "step", ts);
        double init = Values.toDouble(ti, n[a]), limit = Values.toDouble(tl, n[a + 1]), step = Values.toDouble(ts, n[a + 2]);
        if (step == 0) throw L.runtimeError("'for' step is zero");
        if (step > 0 ? limit < init : init < limit) return false;
        s[a] = Num.FLT;
        n[a] = Double.doubleToRawLongBits(init);
        s[a + 1] = Num.FLT;
        n[a + 1] = Double.doubleToRawLongBits(limit);
        s[a + 2] = Num.FLT;
        n[a + 2] = Double.doubleToRawLongBits(step);
        s[a + 3] = Num.FLT;
        n[a + 3] = Double.doubleToRawLongBits(init);
        return true;
    }

    private static LuaError forError(LuaThread L, String what, Object tag) {
        return L.runtimeError("bad 'for' " + what + " (number expected, got " + L.objTypeName(tag) + ")");
    }
}
