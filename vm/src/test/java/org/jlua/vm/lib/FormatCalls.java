package org.jlua.vm.lib;

import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;

/**
 * {@code string.format} called with Java values standing for Lua values: Long, Double,
 * LuaString, Boolean, null for nil, and {@link #TABLE}. The argument checks behave like the
 * C API's, enough for the tests.
 */
final class FormatCalls {
    /** A table whose {@code __tostring} gives "table: 0x1" and whose address is 0x55d0c0ffee10. */
    static final Object TABLE = new Object() {
        @Override
        public String toString() {
            return "table: 0x1";
        }
    };
    static final long TABLE_ADDRESS = 0x55d0c0ffee10L;
    /** The NaN that 0/0 gives on x86-64, whose sign bit is set: glibc prints "-nan". */
    static final double NEG_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private FormatCalls() {
    }

    static LuaString ls(String s) {
        return LuaString.valueOf(s);
    }

    static String format(String fmt, Object... values) {
        // format("%s", null) passes a null array, meaning one nil argument.
        if (values == null) values = new Object[] {null};
        byte[] out = StringFormat.format(ls(fmt).bytes(), new Args(values));
        return LuaString.wrap(out).toString();
    }

    private record Args(Object[] values) implements FormatArgs {
        @Override
        public int top() {
            return values.length + 1;
        }

        private Object get(int arg) {
            return values[arg - 2];
        }

        @Override
        public long checkInteger(int arg) {
            Object v = get(arg);
            if (v instanceof Long n) return n;
            double d = checkNumber(arg);
            if (d != Math.floor(d) || d < -0x1p63 || d >= 0x1p63) {
                throw argError(arg, "number has no integer representation");
            }
            return (long) d;
        }

        @Override
        public double checkNumber(int arg) {
            Object v = get(arg);
            if (v instanceof Long n) return n;
            if (v instanceof Double d) return d;
            throw argError(arg, "number expected, got " + typeName(v));
        }

        @Override
        public LuaString toLuaString(int arg) {
            Object v = get(arg);
            if (v instanceof LuaString s) return s;
            if (v instanceof Double d) {
                String s = StringFormat.formatFloat("%.14g", d);
                return ls(s.matches("-?[0-9]+") ? s + ".0" : s);
            }
            return ls(v == null ? "nil" : v.toString());
        }

        @Override
        public Object value(int arg) {
            return get(arg);
        }

        @Override
        public long pointer(int arg) {
            return get(arg) == TABLE ? TABLE_ADDRESS : 0;
        }

        @Override
        public LuaError argError(int arg, String message) {
            return new LuaError("bad argument #" + arg + " to 'format' (" + message + ")");
        }

        @Override
        public LuaError error(String message) {
            return new LuaError(message);
        }

        private static String typeName(Object v) {
            if (v == null) return "nil";
            if (v instanceof Boolean) return "boolean";
            if (v instanceof LuaString) return "string";
            return "table";
        }
    }
}
