package org.jlua.vm.lib;

import org.jlua.vm.Arith;
import org.jlua.vm.Compare;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Num;
import org.jlua.vm.Numerals;

/** The math library (manual section 6.7), with Lua 5.4's xoshiro256** generator. */
public final class MathLib {
    private MathLib() {}

    public static void open(LuaState state) {
        LuaTable m = new LuaTable();
        Random random = new Random();
        random.seed(System.nanoTime(), System.identityHashCode(state));
        reg(m, "abs", ABS, random);
        reg(m, "ceil", CEIL, random);
        reg(m, "floor", FLOOR, random);
        reg(m, "fmod", FMOD, random);
        reg(m, "modf", MODF, random);
        reg(m, "deg", DEG, random);
        reg(m, "rad", RAD, random);
        reg(m, "sqrt", SQRT, random);
        reg(m, "exp", EXP, random);
        reg(m, "log", LOG, random);
        reg(m, "sin", SIN, random);
        reg(m, "cos", COS, random);
        reg(m, "tan", TAN, random);
        reg(m, "asin", ASIN, random);
        reg(m, "acos", ACOS, random);
        reg(m, "atan", ATAN, random);
        reg(m, "tointeger", TOINTEGER, random);
        reg(m, "type", TYPE, random);
        reg(m, "ult", ULT, random);
        reg(m, "max", MAX, random);
        reg(m, "min", MIN, random);
        reg(m, "random", RANDOM, random);
        reg(m, "randomseed", RANDOMSEED, random);
        m.rawSet("pi", Math.PI);
        m.rawSet("huge", Double.POSITIVE_INFINITY);
        m.rawSet("maxinteger", Long.MAX_VALUE);
        m.rawSet("mininteger", Long.MIN_VALUE);
        Stdlib.publish(state, "math", m);
    }

    private static void reg(LuaTable t, String name, int id, Random random) {
        t.rawSet(name, new MathFunction("math." + name, id, random));
    }

    /** The math functions' indexes, in the order open registers them. */
    private static final int ABS = 0, CEIL = 1, FLOOR = 2, FMOD = 3, MODF = 4, DEG = 5, RAD = 6, SQRT = 7, EXP = 8,
            LOG = 9, SIN = 10, COS = 11, TAN = 12, ASIN = 13, ACOS = 14, ATAN = 15, TOINTEGER = 16, TYPE = 17, ULT = 18,
            MAX = 19, MIN = 20, RANDOM = 21, RANDOMSEED = 22;

    /**
     * The math functions, one class dispatching on an index instead of a lambda per function:
     * each lambda costs start-up time to link. All of them share the state's generator.
     */
    private static final class MathFunction extends JavaFunction {
        private final int id;
        private final Random random;

        MathFunction(String name, int id, Random random) {
            super(name);
            this.id = id;
            this.random = random;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case ABS -> abs(L);
                case CEIL -> roundToInteger(L, Math.ceil(L.checkNumber(1)));
                case FLOOR -> roundToInteger(L, Math.floor(L.checkNumber(1)));
                case FMOD -> fmod(L);
                case MODF -> modf(L);
                case DEG -> L.pushNumber(L.checkNumber(1) * (180.0 / Math.PI));
                case RAD -> L.pushNumber(L.checkNumber(1) * (Math.PI / 180.0));
                case SQRT -> L.pushNumber(Math.sqrt(L.checkNumber(1)));
                case EXP -> L.pushNumber(Math.exp(L.checkNumber(1)));
                case LOG -> log(L);
                case SIN -> L.pushNumber(Math.sin(L.checkNumber(1)));
                case COS -> L.pushNumber(Math.cos(L.checkNumber(1)));
                case TAN -> L.pushNumber(Math.tan(L.checkNumber(1)));
                case ASIN -> L.pushNumber(Math.asin(L.checkNumber(1)));
                case ACOS -> L.pushNumber(Math.acos(L.checkNumber(1)));
                case ATAN -> L.pushNumber(Math.atan2(L.checkNumber(1), L.optNumber(2, 1.0)));
                case TOINTEGER -> tointeger(L);
                case TYPE -> type(L);
                case ULT -> L.pushBoolean(Long.compareUnsigned(L.checkInteger(1), L.checkInteger(2)) < 0);
                case MAX -> minMax(L, true);
                case MIN -> minMax(L, false);
                case RANDOM -> random.random(L);
                case RANDOMSEED -> randomseed(L, random);
                default -> throw new AssertionError("no math function " + id);
            };
        }
    }

    private static int abs(LuaThread L) {
        if (L.tag(1) == Num.INT) {
            long v = L.bits(1);
            return L.pushInteger(v < 0 ? -v : v);
        }
        return L.pushNumber(Math.abs(L.checkNumber(1)));
    }

    private static int modf(LuaThread L) {
        if (L.tag(1) == Num.INT) {
            L.pushArg(1);
            return 1 + L.pushNumber(0.0);
        }
        double n = L.checkNumber(1);
        double ip = n < 0 ? Math.ceil(n) : Math.floor(n);
        pushNumInt(L, ip);
        return 1 + L.pushNumber(n == ip ? 0.0 : n - ip);
    }

    private static int log(LuaThread L) {
        double x = L.checkNumber(1);
        if (L.isNoneOrNil(2)) return L.pushNumber(Math.log(x));
        double base = L.checkNumber(2);
        if (base == 2.0) return L.pushNumber(log2(x));
        if (base == 10.0) return L.pushNumber(Math.log10(x));
        return L.pushNumber(Math.log(x) / Math.log(base));
    }

    private static int tointeger(LuaThread L) {
        Object t = L.tag(1);
        if (t == Num.INT) return L.pushArg(1);
        if (t == Num.FLT) {
            Long l = Arith.floatToInteger(Double.longBitsToDouble(L.bits(1)));
            return l == null ? L.pushNil() : L.pushInteger(l);
        }
        if (t instanceof LuaString s) {
            Object v = Numerals.parse(s);
            if (v instanceof Long l) return L.pushInteger(l);
            if (v instanceof Double d) {
                Long l = Arith.floatToInteger(d);
                return l == null ? L.pushNil() : L.pushInteger(l);
            }
        }
        L.checkAny(1);
        return L.pushNil();
    }

    private static int type(LuaThread L) {
        L.checkAny(1);
        Object t = L.tag(1);
        return t == Num.INT || t == Num.FLT ? L.push(((Num) t).mathType) : L.pushNil();
    }

    private static int randomseed(LuaThread L, Random random) {
        if (L.isNone(1)) {
            long a = System.nanoTime(), b = System.identityHashCode(L);
            random.seed(a, b);
            L.pushInteger(a);
            return 1 + L.pushInteger(b);
        }
        long n1 = L.checkInteger(1);
        long n2 = L.optInteger(2, 0);
        random.seed(n1, n2);
        L.pushInteger(n1);
        return 1 + L.pushInteger(n2);
    }

    /** C's log2: exact for powers of two, which a quotient of logarithms is not. */
    private static double log2(double x) {
        if (x > 0 && x < Double.POSITIVE_INFINITY) {
            int e = Math.getExponent(x);
            if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) return e;
        }
        return Math.log(x) / Math.log(2.0);
    }

    /** floor/ceil results: an integer when the float fits one, else the float. */
    private static int roundToInteger(LuaThread L, double d) {
        if (L.tag(1) == Num.INT) return L.pushArg(1);
        return pushNumInt(L, d);
    }

    private static int pushNumInt(LuaThread L, double d) {
        Long l = Arith.floatToInteger(d);
        return l != null ? L.pushInteger(l) : L.pushNumber(d);
    }

    private static int fmod(LuaThread L) {
        if (L.tag(1) == Num.INT && L.tag(2) == Num.INT) {
            long a = L.bits(1), b = L.bits(2);
            if (b == 0) throw L.argError(2, "zero");
            if (b == -1) return L.pushInteger(0); // avoids overflow with mininteger
            return L.pushInteger(a % b); // C's %, truncating
        }
        return L.pushNumber(L.checkNumber(1) % L.checkNumber(2));
    }

    /**
     * math.max and math.min compare their arguments with {@code <} as they are, metamethods
     * and errors included, and return the chosen one itself: lua5.4 checks no types here.
     */
    private static int minMax(LuaThread L, boolean max) {
        int n = L.nargs();
        if (n < 1) throw L.argError(1, "value expected");
        int best = 1;
        for (int i = 2; i <= n; i++) {
            boolean better = max
                    ? Compare.lessThan(L, L.tag(best), L.bits(best), L.tag(i), L.bits(i))
                    : Compare.lessThan(L, L.tag(i), L.bits(i), L.tag(best), L.bits(best));
            if (better) best = i;
        }
        return L.pushArg(best);
    }

    /** xoshiro256**, seeded and projected as Lua 5.4 does, so a seed gives lua5.4's numbers. */
    static final class Random {
        private final long[] s = new long[4];

        void seed(long n1, long n2) {
            s[0] = n1;
            s[1] = 0xff;
            s[2] = n2;
            s[3] = 0;
            for (int i = 0; i < 16; i++) nextRaw();
        }

        int random(LuaThread L) {
            long rv = nextRaw();
            long low, up;
            switch (L.nargs()) {
                case 0:
                    return L.pushNumber((rv >>> 11) * 0x1p-53);
                case 1:
                    low = 1;
                    up = L.checkInteger(1);
                    if (up == 0) return L.pushInteger(rv);
                    break;
                case 2:
                    low = L.checkInteger(1);
                    up = L.checkInteger(2);
                    break;
                default:
                    throw L.error("wrong number of arguments");
            }
            if (low > up) throw L.argError(1, "interval is empty");
            return L.pushInteger(project(rv, up - low) + low);
        }

        /** The next raw 64-bit value of xoshiro256**. */
        long nextRaw() {
            long s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
            long result = Long.rotateLeft(s1 * 5, 7) * 9;
            long t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = Long.rotateLeft(s3, 45);
            s[0] = s0;
            s[1] = s1;
            s[2] = s2;
            s[3] = s3;
            return result;
        }

        /** A value in [0, n] from a random one, without bias (rejecting values past the next 2^b - 1). */
        private long project(long ran, long n) {
            if ((n & (n + 1)) == 0) return ran & n;
            long lim = n;
            lim |= lim >>> 1;
            lim |= lim >>> 2;
            lim |= lim >>> 4;
            lim |= lim >>> 8;
            lim |= lim >>> 16;
            lim |= lim >>> 32;
            while (Long.compareUnsigned(ran &= lim, n) > 0) ran = nextRaw();
            return ran;
        }
    }
}
