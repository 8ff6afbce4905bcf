package org.jlua.vm;

/**
 * Lua 5.4's arithmetic and bitwise operators: the one implementation that the VM's slow
 * paths, the standard library and the constant folder all use. (The dispatch loop inlines
 * only the integer-integer and float-float cases of the same rules.)
 *
 * Operators are numbered in the order of the opcodes ADD..SHR, then UNM and BNOT.
 */
public final class Arith {
    public static final int ADD = 0, SUB = 1, MUL = 2, MOD = 3, POW = 4, DIV = 5, IDIV = 6,
            BAND = 7, BOR = 8, BXOR = 9, SHL = 10, SHR = 11, UNM = 12, BNOT = 13;

    /** Names the string library's coercion errors use ("attempt to add a 'string' with a 'nil'"). */
    private static final String[] NAMES = {
        "add", "sub", "mul", "mod", "pow", "div", "idiv", "band", "bor", "bxor", "shl", "shr", "unm", "bnot"
    };

    private Arith() {}

    public static boolean isBitwise(int op) {
        return (op >= BAND && op <= SHR) || op == BNOT;
    }

    // ---------------------------------------------------------------- primitive rules

    /** Floor division of integers; the caller has ruled out b == 0. */
    public static long idiv(long a, long b) {
        long q = a / b;
        if ((a % b != 0) && ((a ^ b) < 0)) q--;
        return q;
    }

    /** Integer modulo with the sign of the divisor; the caller has ruled out b == 0. */
    public static long imod(long a, long b) {
        long m = a % b;
        if (m != 0 && (m ^ b) < 0) m += b;
        return m;
    }

    /** Float modulo: C's fmod, then moved to the sign of the divisor. */
    public static double fmod(double a, double b) {
        double m = a % b;
        if ((m > 0) ? b < 0 : (m < 0 && b > 0)) m += b;
        return m;
    }

    /** C's pow, which differs from Math.pow for a base of 1 and for -1 to an infinite power. */
    public static double pow(double a, double b) {
        if (a == 1.0) return 1.0;
        if (a == -1.0 && Double.isInfinite(b)) return 1.0;
        return Math.pow(a, b);
    }

    public static long shiftLeft(long x, long n) {
        if (n <= -64 || n >= 64) return 0;
        return n >= 0 ? x << n : x >>> -n;
    }

    /** The integer with exactly the float's value, or null if there is none. */
    public static Long floatToInteger(double d) {
        if (d >= -0x1p63 && d < 0x1p63) {
            long l = (long) d;
            if (l == d) return l;
        }
        return null;
    }

    // ---------------------------------------------------------------- on value pairs

    /**
     * Applies {@code op} to two numbers, storing the result pair in {@code s[d], n[d]}.
     * Returns false if an operand is not a number (nor, for bitwise operators, an integer-valued
     * float): the caller then tries coercions and metamethods. Raises Lua's errors for integer
     * division by zero.
     */
    public static boolean onNumbers(int op, Object ta, long a, Object tb, long b, Object[] s, long[] n, int d) {
        if (op >= BAND && op <= SHR) {
            long x, y;
            if (ta == Num.INT) x = a;
            else if (ta == Num.FLT) {
                Long l = floatToInteger(Double.longBitsToDouble(a));
                if (l == null) return false;
                x = l;
            } else return false;
            if (tb == Num.INT) y = b;
            else if (tb == Num.FLT) {
                Long l = floatToInteger(Double.longBitsToDouble(b));
                if (l == null) return false;
                y = l;
            } else return false;
            s[d] = Num.INT;
            n[d] = switch (op) {
                case BAND -> x & y;
                case BOR -> x | y;
                case BXOR -> x ^ y;
                case SHL -> shiftLeft(x, y);
                default -> shiftLeft(x, -y);
            };
            return true;
        }
        if (ta == Num.INT && tb == Num.INT && op != POW && op != DIV) {
            long r;
            switch (op) {
                case ADD -> r = a + b;
                case SUB -> r = a - b;
                case MUL -> r = a * b;
                case MOD -> {
                    if (b == 0) throw new LuaError("attempt to perform 'n%0'");
                    r = imod(a, b);
                }
                default -> {
                    if (b == 0) throw new LuaError("attempt to divide by zero");
                    r = idiv(a, b);
                }
            }
            s[d] = Num.INT;
            n[d] = r;
            return true;
        }
        if (!Values.isNumber(ta) || !Values.isNumber(tb)) return false;
        double x = Values.toDouble(ta, a), y = Values.toDouble(tb, b);
        s[d] = Num.FLT;
        n[d] = Double.doubleToRawLongBits(floatArith(op, x, y));
        return true;
    }

    public static double floatArith(int op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case MOD -> fmod(x, y);
            case POW -> pow(x, y);
            case DIV -> x / y;
            default -> Math.floor(x / y);
        };
    }

    /** Unary minus and bitwise not on a number; false if the operand does not qualify. */
    public static boolean unaryOnNumber(int op, Object ta, long a, Object[] s, long[] n, int d) {
        if (op == UNM) {
            if (ta == Num.INT) {
                s[d] = Num.INT;
                n[d] = -a;
                return true;
            }
            if (ta == Num.FLT) {
                s[d] = Num.FLT;
                n[d] = Double.doubleToRawLongBits(-Double.longBitsToDouble(a));
                return true;
            }
            return false;
        }
        long x;
        if (ta == Num.INT) x = a;
        else if (ta == Num.FLT) {
            Long l = floatToInteger(Double.longBitsToDouble(a));
            if (l == null) return false;
            x = l;
        } else return false;
        s[d] = Num.INT;
        n[d] = ~x;
        return true;
    }

    /**
     * The full operator as the VM runs it, after the fast paths failed: the operands'
     * metamethods (for strings, those of the string library, which convert numeric strings),
     * then the error. {@code rb}/{@code rc} are the operands' registers in the
     * current frame (-1 for a constant), used to name the culprit in the message. The
     * result is stored in the thread's stack at {@code dest}.
     */
    public static void arith(LuaThread L, int op, int dest, Object ta, long a, Object tb, long b, int rb, int rc) {
        if (op >= UNM) {
            unary(L, op, dest, ta, a, rb);
            return;
        }
        if ((op == IDIV || op == MOD) && tb == Num.INT && b == 0 && ta == Num.INT) {
            throw L.runtimeError(op == MOD ? "attempt to perform 'n%0'" : "attempt to divide by zero");
        }
        if (onNumbers(op, ta, a, tb, b, L.stack, L.nstack, dest)) return;
        Event e = Event.ofArith(op);
        Object tm = Metamethods.of(L.state, ta, e);
        if (tm == null) tm = Metamethods.of(L.state, tb, e);
        if (tm instanceof StringArith sa && sa.op == op) {
            stringArith(L, op, dest, ta, a, tb, b);
            return;
        }
        if (tm != null) {
            L.metamethodResult(tm, ta, a, tb, b, dest);
            return;
        }
        if (isBitwise(op)) {
            if (Values.isNumber(ta) && Values.isNumber(tb)) {
                // name the operand without an integer value: the first, if it is one
                boolean firstBad = ta == Num.FLT && floatToInteger(Double.longBitsToDouble(a)) == null;
                int reg = firstBad ? rb : rc;
                String info = reg >= 0 ? VarInfo.describe(L, reg) : "";
                throw L.runtimeError("number" + info + " has no integer representation");
            }
            boolean firstBad = !Values.isNumber(ta);
            throw L.typeError(firstBad ? ta : tb, firstBad ? rb : rc, "perform bitwise operation on");
        }
        boolean firstBad = !Values.isNumber(ta);
        throw L.typeError(firstBad ? ta : tb, firstBad ? rb : rc, "perform arithmetic on");
    }

    /** Unary minus and bitwise not, after the fast paths failed: coercion, metamethods, errors. */
    private static void unary(LuaThread L, int op, int dest, Object ta, long a, int reg) {
        if (unaryOnNumber(op, ta, a, L.stack, L.nstack, dest)) return;
        Event e = Event.ofArith(op);
        Object tm = Metamethods.of(L.state, ta, e);
        if (tm instanceof StringArith sa && sa.op == op) {
            stringArith(L, op, dest, ta, a, ta, a);
            return;
        }
        if (tm != null) {
            L.metamethodResult(tm, ta, a, ta, a, dest);
            return;
        }
        if (op == BNOT) {
            if (ta == Num.FLT) {
                String info = reg >= 0 ? VarInfo.describe(L, reg) : "";
                throw L.runtimeError("number" + info + " has no integer representation");
            }
            throw L.typeError(ta, reg, "perform bitwise operation on");
        }
        throw L.typeError(ta, reg, "perform arithmetic on");
    }

    /**
     * What the string metatable's own metamethod ({@link StringArith}) would do, without the
     * call: both operands converted to numbers, else the second operand's metamethod, else the
     * string library's error, positioned at the current line as the call's caller would be.
     */
    private static void stringArith(LuaThread L, int op, int dest, Object ta, long a, Object tb, long b) {
        if (coerceStrings(op, ta, a, tb, b, L.stack, L.nstack, dest)) return;
        Object tm = tb instanceof LuaString ? null : Metamethods.of(L.state, tb, Event.ofArith(op));
        if (tm == null) throw L.runtimeError(stringArithMessage(op, ta, tb));
        L.metamethodResult(tm, ta, a, tb, b, dest);
    }

    /**
     * {@code op} on two operands that are numbers or numeric strings (the strings converted
     * as {@code tonumber} does), the result stored in {@code s[d], n[d]}; false if an operand
     * is neither. A unary operator ignores its second operand.
     */
    static boolean coerceStrings(int op, Object ta, long a, Object tb, long b, Object[] s, long[] n, int d) {
        Object na = ta instanceof LuaString sa ? Numerals.parse(sa) : Values.box(ta, a);
        if (!(na instanceof Number)) return false;
        if (op >= UNM) return unaryOnNumber(op, Values.tag(na), Values.bits(na), s, n, d);
        Object nb = tb instanceof LuaString sb ? Numerals.parse(sb) : Values.box(tb, b);
        return nb instanceof Number && onNumbers(op, Values.tag(na), Values.bits(na), Values.tag(nb), Values.bits(nb), s, n, d);
    }

    /** The string library's message when an operand is not numeric and has no metamethod. */
    static String stringArithMessage(int op, Object ta, Object tb) {
        return "attempt to " + NAMES[op] + " a '" + Values.typeName(ta) + "' with a '" + Values.typeName(tb) + "'";
    }

    // ---------------------------------------------------------------- folding

    /**
     * The constant folder's entry: {@code op} (ADD..SHR) on boxed numbers, or null when the
     * operation must be left to run time: an operand is not a number, it would raise an
     * error, or the result is a float NaN or zero (folding those could lose a -0.0 or a NaN's sign).
     */
    public static Object fold(OpCode op, Object a, Object b) {
        int o = op.ordinal() - OpCode.ADD.ordinal();
        if (o < 0 || o > SHR || !(a instanceof Number) || !(b instanceof Number)) return null;
        Object[] s = new Object[1];
        long[] n = new long[1];
        try {
            if (!onNumbers(o, Values.tag(a), Values.bits(a), Values.tag(b), Values.bits(b), s, n, 0)) return null;
        } catch (LuaError e) {
            return null;
        }
        return foldResult(s[0], n[0]);
    }

    /** As {@link #fold}, for UNM and BNOT. */
    public static Object foldUnary(OpCode op, Object a) {
        int o = op == OpCode.UNM ? UNM : op == OpCode.BNOT ? BNOT : -1;
        if (o < 0 || !(a instanceof Number)) return null;
        Object[] s = new Object[1];
        long[] n = new long[1];
        if (!unaryOnNumber(o, Values.tag(a), Values.bits(a), s, n, 0)) return null;
        return foldResult(s[0], n[0]);
    }

    private static Object foldResult(Object tag, long bits) {
        if (tag == Num.FLT) {
            double d = Double.longBitsToDouble(bits);
            if (d != d || d == 0) return null;
        }
        return Values.box(tag, bits);
    }
}
