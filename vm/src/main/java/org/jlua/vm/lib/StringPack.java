package org.jlua.vm.lib;

import java.util.Arrays;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaThread;
import org.jlua.vm.lib.StringPackFormat.Kind;

/**
 * {@code string.pack}, {@code string.packsize} and {@code string.unpack} (manual sections
 * 6.4 and 6.4.2): values to and from binary data laid out by a format string, which
 * {@link StringPackFormat} reads. Integers wider than Lua's 8 bytes are sign- or
 * zero-extended when packed and must be so when unpacked.
 */
final class StringPack {
    private StringPack() {}

    static int pack(LuaThread L) {
        StringPackFormat f = new StringPackFormat(L, L.checkString(1));
        // as in C Lua, a missing argument is a nil, not "no value", in messages
        L.pushNil();
        Bytes out = new Bytes();
        int arg = 1;
        while (f.hasNext()) {
            f.next(out.length);
            out.zeros(f.padding);
            switch (f.kind) {
                case INT -> {
                    long n = L.checkInteger(++arg);
                    if (f.size < StringPackFormat.LUA_INT_SIZE) {
                        long lim = 1L << (f.size * 8 - 1);
                        if (n < -lim || n >= lim) throw L.argError(arg, "integer overflow");
                    }
                    packInt(out, n, f.little, f.size, n < 0);
                }
                case UINT -> {
                    long n = L.checkInteger(++arg);
                    if (f.size < StringPackFormat.LUA_INT_SIZE && Long.compareUnsigned(n, 1L << (f.size * 8)) >= 0) {
                        throw L.argError(arg, "unsigned overflow");
                    }
                    packInt(out, n, f.little, f.size, false);
                }
                case FLOAT -> {
                    float x = (float) L.checkNumber(++arg);
                    packInt(out, Float.floatToRawIntBits(x), f.little, 4, false);
                }
                case DOUBLE -> {
                    double x = L.checkNumber(++arg);
                    packInt(out, Double.doubleToRawLongBits(x), f.little, 8, false);
                }
                case CHAR -> {
                    LuaString s = L.checkString(++arg);
                    if (s.length() > f.size) throw L.argError(arg, "string longer than given size");
                    out.add(s.bytes());
                    out.zeros(f.size - s.length());
                }
                case STRING -> {
                    LuaString s = L.checkString(++arg);
                    if (f.size < StringPackFormat.LUA_INT_SIZE && s.length() >= 1L << (f.size * 8)) {
                        throw L.argError(arg, "string length does not fit in given size");
                    }
                    packInt(out, s.length(), f.little, f.size, false);
                    out.add(s.bytes());
                }
                case ZSTR -> {
                    LuaString s = L.checkString(++arg);
                    for (byte b : s.bytes()) {
                        if (b == 0) throw L.argError(arg, "string contains zeros");
                    }
                    out.add(s.bytes());
                    out.zeros(1);
                }
                case PADDING -> out.zeros(1);
                case PAD_ALIGN, NOP -> { }
            }
        }
        return L.pushString(out.toLuaString());
    }

    static int packsize(LuaThread L) {
        StringPackFormat f = new StringPackFormat(L, L.checkString(1));
        long total = 0;
        while (f.hasNext()) {
            f.next(total);
            if (f.kind == Kind.STRING || f.kind == Kind.ZSTR) throw L.argError(1, "variable-length format");
            long size = (long) f.size + f.padding;
            if (total > StringPackFormat.MAX_SIZE - size) throw L.argError(1, "format result too large");
            total += size;
        }
        return L.pushInteger(total);
    }

    static int unpack(LuaThread L) {
        StringPackFormat f = new StringPackFormat(L, L.checkString(1));
        byte[] data = L.checkString(2).bytes();
        long ld = data.length;
        long pos = StringLib.posRelatStart(L.optInteger(3, 1), ld) - 1;
        if (pos > ld || pos < 0) throw L.argError(3, "initial position out of string");
        int n = 0;
        while (f.hasNext()) {
            f.next(pos);
            if ((long) f.padding + f.size > ld - pos) throw L.argError(2, "data string too short");
            pos += f.padding;
            int at = (int) pos;
            switch (f.kind) {
                case INT, UINT -> {
                    room(L);
                    L.pushInteger(unpackInt(L, data, at, f.little, f.size, f.kind == Kind.INT));
                    n++;
                }
                case FLOAT -> {
                    room(L);
                    L.pushNumber(Float.intBitsToFloat((int) unpackInt(L, data, at, f.little, 4, false)));
                    n++;
                }
                case DOUBLE -> {
                    room(L);
                    L.pushNumber(Double.longBitsToDouble(unpackInt(L, data, at, f.little, 8, false)));
                    n++;
                }
                case CHAR -> {
                    room(L);
                    L.pushString(LuaString.copyOf(data, at, at + f.size));
                    n++;
                }
                case STRING -> {
                    long len = unpackInt(L, data, at, f.little, f.size, false);
                    if (Long.compareUnsigned(len, ld - pos - f.size) > 0) throw L.argError(2, "data string too short");
                    room(L);
                    L.pushString(LuaString.copyOf(data, at + f.size, at + f.size + (int) len));
                    pos += len;
                    n++;
                }
                case ZSTR -> {
                    int zero = at;
                    while (zero < data.length && data[zero] != 0) zero++;
                    if (zero >= data.length) throw L.argError(2, "unfinished string for format 'z'");
                    room(L);
                    L.pushString(LuaString.copyOf(data, at, zero));
                    pos += zero - at + 1;
                    n++;
                }
                case PADDING, PAD_ALIGN, NOP -> { }
            }
            pos += f.size;
        }
        L.pushInteger(pos + 1);
        return n + 1;
    }

    /** Room for one more result and the final position, as luaL_checkstack gives it. */
    private static void room(LuaThread L) {
        if (!L.checkStack(2)) throw L.error("stack overflow (too many results)");
    }

    /** Appends {@code n} in {@code size} bytes; bytes past Lua's 8 extend it by {@code negative}. */
    private static void packInt(Bytes out, long n, boolean little, int size, boolean negative) {
        byte[] b = out.reserve(size);
        int start = out.length - size;
        for (int i = 0; i < size; i++) {
            int v = i < 8 ? (int) (n >>> (8 * i)) & 0xFF : negative ? 0xFF : 0;
            b[start + (little ? i : size - 1 - i)] = (byte) v;
        }
    }

    /** The integer in {@code size} bytes at {@code at}; wider ones must be a plain extension of a Lua integer. */
    private static long unpackInt(LuaThread L, byte[] data, int at, boolean little, int size, boolean signed) {
        int limit = Math.min(size, StringPackFormat.LUA_INT_SIZE);
        long res = 0;
        for (int i = limit - 1; i >= 0; i--) {
            res = (res << 8) | (data[at + (little ? i : size - 1 - i)] & 0xFF);
        }
        if (size < StringPackFormat.LUA_INT_SIZE) {
            if (signed) {
                long mask = 1L << (size * 8 - 1);
                res = (res ^ mask) - mask;
            }
        } else if (size > StringPackFormat.LUA_INT_SIZE) {
            int extension = !signed || res >= 0 ? 0 : 0xFF;
            for (int i = limit; i < size; i++) {
                if ((data[at + (little ? i : size - 1 - i)] & 0xFF) != extension) {
                    throw L.error(size + "-byte integer does not fit into Lua Integer");
                }
            }
        }
        return res;
    }

    /**
     * A growing byte buffer for the packed result, bounded like every string the library
     * builds. Bytes past {@link #length} are never written, so reserved room reads as zeros.
     */
    private static final class Bytes {
        private byte[] buf = new byte[32];
        int length;

        /** Makes room for {@code n} more bytes and counts them; returns the (possibly new) array. */
        byte[] reserve(long n) {
            long needed = length + n;
            if (needed > StringLib.MAX_SIZE) throw new LuaError("not enough memory");
            if (needed > buf.length) {
                try {
                    buf = Arrays.copyOf(buf, (int) Math.min(StringLib.MAX_SIZE, Math.max(needed, 2L * buf.length)));
                } catch (OutOfMemoryError e) {
                    throw new LuaError("not enough memory");
                }
            }
            length = (int) needed;
            return buf;
        }

        void zeros(int n) {
            reserve(n);
        }

        void add(byte[] b) {
            reserve(b.length);
            System.arraycopy(b, 0, buf, length - b.length, b.length);
        }

        LuaString toLuaString() {
            return LuaString.wrap(Arrays.copyOf(buf, length));
        }
    }
}
