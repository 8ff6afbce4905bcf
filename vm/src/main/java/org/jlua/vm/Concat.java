package org.jlua.vm;

/** The concatenation operator over a run of registers, right to left as Lua defines it. */
final class Concat {
    private Concat() {}

    private static boolean isStringLike(Object t) {
        return t instanceof LuaString || t == Num.INT || t == Num.FLT;
    }

    /** R[first] := R[first] .. ... .. R[first+count-1]. */
    static void concat(LuaThread L, int first, int count) {
        int last = first + count - 1; // index of the right operand of the next step
        while (last > first) {
            Object[] s = L.stack;
            long[] n = L.nstack;
            Object a = s[last - 1], b = s[last];
            if (isStringLike(a) && isStringLike(b)) {
                // join as many string-like values as possible in one go, into one exact array
                int from = last - 1;
                while (from > first && isStringLike(s[from - 1])) from--;
                long size = 0;
                for (int i = from; i <= last; i++) {
                    LuaString part = Values.toLuaString(s[i], n[i]);
                    s[i] = part; // numbers become their string once
                    size += part.length();
                }
                if (size > Integer.MAX_VALUE - 16) throw L.runtimeError("string length overflow");
                byte[] out = new byte[(int) size];
                int at = 0;
                for (int i = from; i <= last; i++) {
                    LuaString part = (LuaString) s[i];
                    System.arraycopy(part.bytes(), 0, out, at, part.length());
                    at += part.length();
                }
                s[from] = LuaString.wrap(out);
                last = from;
            } else {
                Object tm = Metamethods.of(L.state, a, Event.CONCAT);
                if (tm == null) tm = Metamethods.of(L.state, b, Event.CONCAT);
                if (tm == null) {
                    Object bad = isStringLike(a) ? b : a;
                    int reg = (isStringLike(a) ? last : last - 1) - L.currentFrame().base;
                    throw L.typeError(bad, reg, "concatenate");
                }
                if (L.metamethodConcat(tm, a, n[last - 1], b, n[last], first, last)) return; // continues when it returns
                last--;
            }
        }
    }
}
