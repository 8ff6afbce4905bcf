package org.jlua.vm.lib;

import java.util.Arrays;
import org.jlua.vm.Arith;
import org.jlua.vm.Cell;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.Lib;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Num;
import org.jlua.vm.ProtoDump;
import org.jlua.vm.StringArith;
import org.jlua.vm.ToString;
import org.jlua.vm.Userdata;
import org.jlua.vm.Values;

/**
 * The string library (manual section 6.4): the functions, and the string metatable whose
 * {@code __index} makes {@code ("x"):upper()} work. Patterns and formatting live in
 * {@link LuaPattern} and {@link StringFormat}, binary packing in {@link StringPack}, binary
 * chunks in {@link ProtoDump}; this class converts arguments and results.
 */
public final class StringLib {
    /** The largest string the library builds (C Lua's MAXSIZE, bounded by Java arrays). */
    static final long MAX_SIZE = Integer.MAX_VALUE - 16;
    /** The longest string C Lua interns (LUAI_MAXSHORTLEN), which {@code %p} mirrors. */
    static final int SHORT_STRING_MAX = 40;

    private StringLib() {}

    public static void open(LuaState state) {
        LuaTable s = new LuaTable();
        reg(s, "len", LEN);
        reg(s, "sub", SUB);
        reg(s, "upper", UPPER);
        reg(s, "lower", LOWER);
        reg(s, "rep", REP);
        reg(s, "reverse", REVERSE);
        reg(s, "byte", BYTE);
        reg(s, "char", CHAR);
        reg(s, "find", FIND);
        reg(s, "match", MATCH);
        reg(s, "gmatch", GMATCH);
        reg(s, "gsub", GSUB);
        reg(s, "format", FORMAT);
        reg(s, "dump", DUMP);
        reg(s, "pack", PACK);
        reg(s, "packsize", PACKSIZE);
        reg(s, "unpack", UNPACK);
        Stdlib.publish(state, "string", s);
        LuaTable meta = new LuaTable();
        meta.rawSet("__index", s);
        for (int op : new int[]{Arith.ADD, Arith.SUB, Arith.MUL, Arith.MOD, Arith.POW, Arith.DIV, Arith.IDIV, Arith.UNM}) {
            StringArith tm = new StringArith(op);
            meta.rawSet(tm.name, tm);
        }
        state.stringMetatable = meta;
    }

    private static void reg(LuaTable t, String name, int id) {
        t.rawSet(name, new StringFunction("string." + name, id));
    }

    /** The string functions' indexes, in the order open registers them. */
    private static final int LEN = 0, SUB = 1, UPPER = 2, LOWER = 3, REP = 4, REVERSE = 5, BYTE = 6, CHAR = 7,
            FIND = 8, MATCH = 9, GMATCH = 10, GSUB = 11, FORMAT = 12, DUMP = 13, PACK = 14, PACKSIZE = 15, UNPACK = 16;

    /**
     * The string functions, one class dispatching on an index instead of a lambda per function:
     * each lambda costs start-up time to link.
     */
    private static final class StringFunction extends JavaFunction {
        private final int id;

        StringFunction(String name, int id) {
            super(name);
            this.id = id;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case LEN -> L.pushInteger(L.checkString(1).length());
                case SUB -> sub(L);
                case UPPER -> L.pushString(mapBytes(L.checkString(1), true));
                case LOWER -> L.pushString(mapBytes(L.checkString(1), false));
                case REP -> rep(L);
                case REVERSE -> reverse(L);
                case BYTE -> byteFn(L);
                case CHAR -> charFn(L);
                case FIND -> find(L, true);
                case MATCH -> find(L, false);
                case GMATCH -> gmatch(L);
                case GSUB -> gsub(L);
                case FORMAT -> format(L);
                case DUMP -> dump(L);
                case PACK -> StringPack.pack(L);
                case PACKSIZE -> StringPack.packsize(L);
                case UNPACK -> StringPack.unpack(L);
                default -> throw new AssertionError("no string function " + id);
            };
        }
    }

    private static int reverse(LuaThread L) {
        byte[] b = L.checkString(1).bytes();
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) r[i] = b[b.length - 1 - i];
        return L.pushString(LuaString.wrap(r));
    }

    /** string.char (a Java keyword, hence the name). */
    private static int charFn(LuaThread L) {
        int n = L.nargs();
        byte[] r = new byte[n];
        for (int i = 1; i <= n; i++) {
            long c = L.checkInteger(i);
            if (Long.compareUnsigned(c, 255) > 0) throw L.argError(i, "value out of range");
            r[i - 1] = (byte) c;
        }
        return L.pushString(LuaString.wrap(r));
    }

    /** string.dump: only Lua functions have a prototype to write; a true second argument strips debug information. */
    private static int dump(LuaThread L) {
        if (!(L.tag(1) instanceof LuaFunction fn)) throw L.typeArgError(1, "function");
        if (!(fn instanceof LuaClosure c)) throw L.error("unable to dump given function");
        return L.pushString(LuaString.wrap(ProtoDump.dump(c.proto, !Values.isFalse(L.tag(2)))));
    }

    /** Lua's rule for a start position: negative counts from the end, too small clips to 1. */
    static long posRelatStart(long pos, long len) {
        if (pos > 0) return pos;
        if (pos == 0) return 1;
        if (pos < -len) return 1;
        return len + pos + 1;
    }

    /** Lua's rule for an end position: clips to the length. */
    static long posRelatEnd(long pos, long len) {
        if (pos > len) return len;
        if (pos >= 0) return pos;
        if (pos < -len) return 0;
        return len + pos + 1;
    }

    private static int sub(LuaThread L) {
        LuaString str = L.checkString(1);
        long len = str.length();
        long i = posRelatStart(L.checkInteger(2), len);
        long j = posRelatEnd(L.optInteger(3, -1), len);
        if (i > j) return L.pushString(LuaString.EMPTY);
        return L.pushString(LuaString.copyOf(str.bytes(), (int) i - 1, (int) j));
    }

    private static LuaString mapBytes(LuaString s, boolean upper) {
        byte[] b = s.bytes().clone();
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (upper && c >= 'a' && c <= 'z') b[i] = (byte) (c - 32);
            else if (!upper && c >= 'A' && c <= 'Z') b[i] = (byte) (c + 32);
        }
        return LuaString.wrap(b);
    }

    private static int rep(LuaThread L) {
        LuaString str = L.checkString(1);
        long n = L.checkInteger(2);
        LuaString sep = L.optString(3, LuaString.EMPTY);
        if (n <= 0) return L.pushString(LuaString.EMPTY);
        long total = (long) str.length() * n + (long) sep.length() * (n - 1);
        if (str.length() + sep.length() > 0 && (total < 0 || total > MAX_SIZE
                || (str.length() + sep.length()) > MAX_SIZE / n)) {
            throw L.error("resulting string too large");
        }
        byte[] out = new byte[(int) total];
        byte[] a = str.bytes(), b = sep.bytes();
        int at = 0;
        for (long k = 0; k < n; k++) {
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
            if (k < n - 1 && b.length > 0) {
                System.arraycopy(b, 0, out, at, b.length);
                at += b.length;
            }
        }
        return L.pushString(LuaString.wrap(out));
    }

    private static int byteFn(LuaThread L) {
        LuaString str = L.checkString(1);
        long len = str.length();
        long pi = L.optInteger(2, 1);
        long i = posRelatStart(pi, len);
        long j = posRelatEnd(L.optInteger(3, pi), len);
        if (i > j) return 0;
        if (j - i >= Integer.MAX_VALUE - 1000) throw L.error("string slice too long");
        int n = (int) (j - i + 1);
        if (!L.checkStack(n)) throw L.error("stack overflow (string slice too long)");
        for (int k = 0; k < n; k++) L.pushInteger(str.byteAt((int) i - 1 + k) & 0xFF);
        return n;
    }

    private static int pushAll(LuaThread L, Object[] values) {
        L.ensureStack(L.top + values.length + LuaThread.MIN_STACK);
        for (Object v : values) L.push(v);
        return values.length;
    }

    private static int find(LuaThread L, boolean find) {
        LuaString str = L.checkString(1);
        LuaString pat = L.checkString(2);
        long init = L.optInteger(3, 1);
        Object[] r;
        try {
            r = find ? LuaPattern.find(str, pat, init, !Values.isFalse(L.tag(4)))
                    : LuaPattern.match(str, pat, init);
        } catch (LuaError e) {
            throw positioned(L, e);
        }
        if (r == null) return L.pushNil();
        return pushAll(L, r);
    }

    /** Pattern errors come from the engine without a position: add the caller's, as luaL_error does. */
    private static LuaError positioned(LuaThread L, LuaError e) {
        Object v = e.value();
        return v instanceof LuaString s ? L.error(s.toString()) : e;
    }

    private static int gmatch(LuaThread L) {
        LuaString str = L.checkString(1);
        LuaString pat = L.checkString(2);
        long init = L.optInteger(3, 1);
        return L.push(new GmatchStep(str, pat, LuaPattern.gmatch(str, pat, init)));
    }

    /**
     * The iterator that string.gmatch returns. The subject, the pattern and the iteration's
     * state (a userdata) show as its upvalues, as in C Lua's gmatch closure.
     */
    private static final class GmatchStep extends JavaFunction {
        private final PatternGmatch it;
        private final Cell[] upvalues;

        GmatchStep(LuaString str, LuaString pat, PatternGmatch it) {
            super("gmatch_step");
            this.it = it;
            this.upvalues = new Cell[] {cell(str), cell(pat), cell(new Userdata(it, null))};
        }

        private static Cell cell(Object v) {
            return new Cell(Values.tag(v), Values.bits(v));
        }

        @Override
        public int call(LuaThread L) {
            Object[] r;
            try {
                r = it.next();
            } catch (LuaError e) {
                throw positioned(L, e);
            }
            if (r == null) return 0; // the end: no values, as C Lua's gmatch_aux
            return pushAll(L, r);
        }

        @Override
        public Cell[] upvalues() {
            return upvalues;
        }
    }

    private static int gsub(LuaThread L) {
        LuaString src = L.checkString(1);
        LuaString pat = L.checkString(2);
        Object replTag = L.tag(3);
        long maxN = L.optInteger(4, (long) src.length() + 1);
        PatternReplacement repl;
        if (replTag instanceof LuaString || replTag == Num.INT || replTag == Num.FLT) {
            repl = PatternReplacement.template(L.checkString(3));
        } else if (replTag instanceof LuaTable t) {
            repl = m -> {
                try {
                    return replacementValue(L, indexValue(L, t, m.capture(0)));
                } catch (LuaError e) {
                    throw new ReplacementError(e);
                }
            };
        } else if (replTag instanceof LuaFunction fn) {
            repl = m -> {
                try {
                    Object[] caps = m.captures();
                    Object[] r = L.callBoxed(fn, caps);
                    return replacementValue(L, r.length > 0 ? r[0] : null);
                } catch (LuaError e) {
                    throw new ReplacementError(e);
                }
            };
        } else {
            throw L.typeArgError(3, "string/function/table");
        }
        LuaPattern.GsubResult result;
        try {
            result = LuaPattern.gsub(src, pat, repl, maxN);
        } catch (ReplacementError e) {
            throw e.error;
        } catch (LuaError e) {
            throw positioned(L, e);
        }
        L.pushString(result.value());
        return 1 + L.pushInteger(result.count());
    }

    /**
     * Carries an error of gsub's replacement function or table past the handler that
     * positions the pattern's own errors: it already has its position, or has none on purpose.
     */
    private static final class ReplacementError extends RuntimeException {
        final LuaError error;

        ReplacementError(LuaError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    private static Object indexValue(LuaThread L, LuaTable t, Object key) {
        int slot = L.top;
        L.pushNil();
        Lib.index(L, t, 0, Values.tag(key), Values.bits(key), slot);
        Object v = Values.box(L.stack[slot], L.nstack[slot]);
        L.top = slot;
        return v;
    }

    /** A function's or table's result for gsub: false/nil keeps the match, strings and numbers replace it. */
    private static LuaString replacementValue(LuaThread L, Object v) {
        if (v == null || v == Boolean.FALSE) return null;
        LuaString s = Values.toLuaString(Values.tag(v), Values.bits(v));
        if (s == null) throw L.error("invalid replacement value (a " + Values.typeName(Values.tag(v)) + ")");
        return s;
    }

    private static int format(LuaThread L) {
        LuaString fmt = L.checkString(1);
        FormatArgs args = new FormatArgs() {
            @Override
            public int top() {
                return L.nargs();
            }

            @Override
            public long checkInteger(int arg) {
                return L.checkInteger(arg);
            }

            @Override
            public double checkNumber(int arg) {
                return L.checkNumber(arg);
            }

            @Override
            public LuaString toLuaString(int arg) {
                L.checkAny(arg);
                return ToString.of(L, L.tag(arg), L.bits(arg));
            }

            @Override
            public Object value(int arg) {
                return L.arg(arg);
            }

            @Override
            public long pointer(int arg) {
                Object t = L.tag(arg);
                if (t == null || t instanceof Boolean || Values.isNumber(t)) return 0;
                // Lua interns short strings (up to 40 bytes), so equal ones share an address;
                // the content hash, kept apart from identity hashes by bit 32, stands for it.
                if (t instanceof LuaString s && s.length() <= SHORT_STRING_MAX) {
                    return (s.hashCode() & 0xffffffffL) | 0x100000000L;
                }
                return System.identityHashCode(t);
            }

            @Override
            public LuaError argError(int arg, String message) {
                return L.argError(arg, message);
            }

            @Override
            public LuaError error(String message) {
                return L.error(message);
            }
        };
        return L.pushString(LuaString.wrap(StringFormat.format(fmt.bytes(), args)));
    }

    static byte[] copy(byte[] b) {
        return Arrays.copyOf(b, b.length);
    }
}
