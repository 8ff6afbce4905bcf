package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import org.jlua.vm.Arith;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Num;
import org.jlua.vm.Numerals;
import org.jlua.vm.Values;

/**
 * The UTF-8 library (manual section 6.5). Positions are byte positions; "lax" variants
 * accept Lua's extended range (up to 0x7FFFFFFF, surrogates included).
 */
public final class Utf8Lib {
    /** Matches exactly one UTF-8 byte sequence, assuming the subject is valid UTF-8. */
    static final LuaString CHARPATTERN = LuaString.valueOf("[\0-\u007F\u00C2-\u00FD][\u0080-\u00BF]*");
    private static final String INVALID = "invalid UTF-8 code";

    private Utf8Lib() {
    }

    public static void open(LuaState state) {
        LuaTable u = new LuaTable();
        reg(u, "char", CHAR);
        u.rawSet("charpattern", CHARPATTERN);
        JavaFunction strict = new Utf8Function(IoLib.UNNAMED, CODES_STEP_STRICT, null, null);
        JavaFunction lax = new Utf8Function(IoLib.UNNAMED, CODES_STEP_LAX, null, null);
        u.rawSet("codes", new Utf8Function("utf8.codes", CODES, strict, lax));
        reg(u, "codepoint", CODEPOINT);
        reg(u, "len", LEN);
        reg(u, "offset", OFFSET);
        Stdlib.publish(state, "utf8", u);
    }

    private static void reg(LuaTable t, String name, int id) {
        t.rawSet(name, new Utf8Function("utf8." + name, id, null, null));
    }

    /** The utf8 functions' indexes, with the two iterators of utf8.codes. */
    private static final int CHAR = 0, CODES_STEP_STRICT = 1, CODES_STEP_LAX = 2, CODES = 3, CODEPOINT = 4, LEN = 5,
            OFFSET = 6;

    /**
     * The utf8 functions, one class dispatching on an index instead of a lambda per function:
     * each lambda costs start-up time to link. utf8.codes holds its two iterators, the
     * same functions at every call, as C Lua's.
     */
    private static final class Utf8Function extends JavaFunction {
        private final int id;
        private final JavaFunction strictStep;
        private final JavaFunction laxStep;

        Utf8Function(String name, int id, JavaFunction strictStep, JavaFunction laxStep) {
            super(name);
            this.id = id;
            this.strictStep = strictStep;
            this.laxStep = laxStep;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case CHAR -> utf8Char(L);
                case CODES_STEP_STRICT -> codesStep(L, true);
                case CODES_STEP_LAX -> codesStep(L, false);
                case CODES -> codes(L, strictStep, laxStep);
                case CODEPOINT -> codepoint(L);
                case LEN -> len(L);
                case OFFSET -> offset(L);
                default -> throw new AssertionError("no utf8 function " + id);
            };
        }
    }

    private static int codes(LuaThread L, JavaFunction strict, JavaFunction lax) {
        boolean isLax = !Values.isFalse(L.tag(2));
        LuaString s = L.checkString(1);
        // Lua 5.4.6: a string may not start in the middle of a character
        if (Utf8.isContinuation(s.bytes(), 0)) throw L.argError(1, INVALID);
        L.push(isLax ? lax : strict);
        L.pushString(s);
        return 2 + L.pushInteger(0);
    }

    private static int utf8Char(LuaThread L) {
        int n = L.nargs();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= n; i++) {
            long code = L.checkInteger(i);
            if (Long.compareUnsigned(code, Utf8.MAX_UTF) > 0) throw L.argError(i, "value out of range");
            Utf8.encode(code, out);
        }
        return L.pushString(LuaString.wrap(out.toByteArray()));
    }

    /**
     * One step of utf8.codes: from the byte after the control position, skipping the
     * continuation bytes of the previous character. As in Lua 5.4.6, a character followed
     * by a stray continuation byte is invalid.
     */
    private static int codesStep(LuaThread L, boolean strict) {
        byte[] s = L.checkString(1).bytes();
        long n = toInteger(L.tag(2), L.bits(2));
        int len = s.length;
        // unsigned, as in C: a negative control value is past the end
        if (Long.compareUnsigned(n, len) < 0) {
            while (Utf8.isContinuation(s, (int) n)) n++;
        }
        if (Long.compareUnsigned(n, len) >= 0) return 0;
        long d = Utf8.decode(s, (int) n, strict);
        if (d < 0 || Utf8.isContinuation(s, Utf8.nextOf(d))) throw L.error(INVALID);
        L.pushInteger(n + 1);
        return 1 + L.pushInteger(Utf8.codeOf(d));
    }

    /** lua_tointeger: numbers and numeric strings with an integer value, else 0. */
    private static long toInteger(Object tag, long bits) {
        Object v = tag == Num.INT ? (Object) bits
                : tag == Num.FLT ? (Object) Double.longBitsToDouble(bits)
                : tag instanceof LuaString s ? Numerals.parse(s) : null;
        if (v instanceof Long l) return l;
        if (v instanceof Double d) {
            Long l = Arith.floatToInteger(d);
            return l == null ? 0 : l;
        }
        return 0;
    }

    private static int codepoint(LuaThread L) {
        byte[] s = L.checkString(1).bytes();
        int len = s.length;
        long i = Utf8.relativePosition(L.optInteger(2, 1), len);
        long j = Utf8.relativePosition(L.optInteger(3, i), len);
        boolean lax = !Values.isFalse(L.tag(4));
        if (i < 1) throw L.argError(2, "out of bounds");
        if (j > len) throw L.argError(3, "out of bounds");
        int count = 0;
        int p = (int) i - 1;
        while (p < j) {
            long d = Utf8.decode(s, p, !lax);
            if (d < 0) throw L.error(INVALID);
            L.pushInteger(Utf8.codeOf(d));
            count++;
            p = Utf8.nextOf(d);
        }
        return count;
    }

    private static int len(LuaThread L) {
        byte[] s = L.checkString(1).bytes();
        int len = s.length;
        long i = Utf8.relativePosition(L.optInteger(2, 1), len);
        long j = Utf8.relativePosition(L.optInteger(3, -1), len);
        boolean lax = !Values.isFalse(L.tag(4));
        if (i < 1 || i - 1 > len) throw L.argError(2, "initial position out of bounds");
        if (j - 1 >= len) throw L.argError(3, "final position out of bounds");
        long n = 0;
        long p = i - 1;
        while (p <= j - 1) {
            long d = Utf8.decode(s, (int) p, !lax);
            if (d < 0) {
                L.pushNil();
                return 1 + L.pushInteger(p + 1);
            }
            p = Utf8.nextOf(d);
            n++;
        }
        return L.pushInteger(n);
    }

    private static int offset(LuaThread L) {
        byte[] s = L.checkString(1).bytes();
        int len = s.length;
        long n = L.checkInteger(2);
        long p = Utf8.relativePosition(L.optInteger(3, n >= 0 ? 1 : len + 1), len);
        if (p < 1 || p - 1 > len) throw L.argError(3, "position out of bounds");
        int pos = (int) p - 1;
        if (n == 0) {
            // the start of the character that contains byte pos
            while (pos > 0 && Utf8.isContinuation(s, pos)) pos--;
        } else {
            if (Utf8.isContinuation(s, pos)) throw L.error("initial position is a continuation byte");
            if (n < 0) {
                while (n < 0 && pos > 0) {
                    do {
                        pos--;
                    } while (pos > 0 && Utf8.isContinuation(s, pos));
                    n++;
                }
            } else {
                n--; // the character at pos is the first
                while (n > 0 && pos < len) {
                    do {
                        pos++;
                    } while (Utf8.isContinuation(s, pos));
                    n--;
                }
            }
        }
        return n == 0 ? L.pushInteger(pos + 1) : L.pushNil();
    }
}
