package org.jlua.vm.lib;

import org.jlua.vm.LuaString;
import org.jlua.vm.LuaThread;

/**
 * A reader of the format strings of {@code string.pack}, {@code string.packsize} and
 * {@code string.unpack} (manual section 6.4.2). It hands out one option at a time, with its
 * size and the padding that alignment asks for in front of it, and keeps the state that
 * options such as {@code <} and {@code !} change on the way. The sizes are those of C Lua on
 * a 64-bit little-endian machine, so that packed data is exchangeable with it.
 */
final class StringPackFormat {
    /** What an option does with its argument or data. */
    enum Kind {
        /** Signed integer of {@link #size} bytes. */
        INT,
        /** Unsigned integer of {@link #size} bytes. */
        UINT,
        /** C float (4 bytes). */
        FLOAT,
        /** Lua float, C double (8 bytes): 'n' and 'd' differ only in name. */
        DOUBLE,
        /** Fixed-size string ('c'). */
        CHAR,
        /** String preceded by its length in {@link #size} bytes ('s'). */
        STRING,
        /** Zero-terminated string ('z'). */
        ZSTR,
        /** One byte of padding ('x'). */
        PADDING,
        /** Padding up to the alignment of the next option ('X'). */
        PAD_ALIGN,
        /** Spaces, endianness and alignment settings. */
        NOP
    }

    /** The largest integer size ('i16'). */
    static final int MAX_INT_SIZE = 16;
    /** Lua's integer size, beyond which integers are sign- or zero-extended. */
    static final int LUA_INT_SIZE = 8;
    /** The default of '!': the strictest alignment of a C type on the reference machine. */
    static final int NATIVE_MAX_ALIGN = 8;
    /** C Lua's MAXSIZE for string.pack: sizes in a format and packsize's result stay below it. */
    static final long MAX_SIZE = Integer.MAX_VALUE;

    private final LuaThread L;
    /** The format up to its first zero byte: C Lua reads it as a C string. */
    private final byte[] fmt;
    private final int end;
    private int at;

    /** True for little-endian, the native order ('='). */
    boolean little = true;
    int maxAlign = 1;

    /** The option just read by {@link #next}. */
    Kind kind;
    /** Its size in bytes (0 for 'z', 'X' and settings). */
    int size;
    /** The padding bytes that alignment puts before it. */
    int padding;

    StringPackFormat(LuaThread L, LuaString format) {
        this.L = L;
        this.fmt = format.bytes();
        int zero = 0;
        while (zero < fmt.length && fmt[zero] != 0) zero++;
        this.end = zero;
    }

    boolean hasNext() {
        return at < end;
    }

    /**
     * Reads the next option; {@code offset} is where its data would start (the size so far,
     * or the position in the unpacked string), from which its alignment padding follows.
     */
    void next(long offset) {
        kind = option();
        int align = size;
        if (kind == Kind.PAD_ALIGN) {
            // 'X' takes its alignment from the option after it, which is consumed
            if (at >= end) throw L.argError(1, "invalid next option for option 'X'");
            Kind nextKind = option();
            align = size;
            size = 0;
            if (nextKind == Kind.CHAR || align == 0) throw L.argError(1, "invalid next option for option 'X'");
        }
        if (align <= 1 || kind == Kind.CHAR) {
            padding = 0;
            return;
        }
        if (align > maxAlign) align = maxAlign;
        if ((align & (align - 1)) != 0) throw L.argError(1, "format asks for alignment not power of 2");
        padding = (align - (int) (offset & (align - 1))) & (align - 1);
    }

    /** Reads one option letter with its number, setting {@link #size}. */
    private Kind option() {
        int c = fmt[at++] & 0xFF;
        size = 0;
        switch (c) {
            case 'b': size = 1; return Kind.INT;
            case 'B': size = 1; return Kind.UINT;
            case 'h': size = 2; return Kind.INT;
            case 'H': size = 2; return Kind.UINT;
            case 'i': size = sizeLimited(4); return Kind.INT;
            case 'I': size = sizeLimited(4); return Kind.UINT;
            case 'l', 'j': size = 8; return Kind.INT;
            case 'L', 'J', 'T': size = 8; return Kind.UINT;
            case 'f': size = 4; return Kind.FLOAT;
            case 'n', 'd': size = 8; return Kind.DOUBLE;
            case 's': size = sizeLimited(8); return Kind.STRING;
            case 'c':
                size = number(-1);
                if (size == -1) throw L.error("missing size for format option 'c'");
                return Kind.CHAR;
            case 'z': return Kind.ZSTR;
            case 'x': size = 1; return Kind.PADDING;
            case 'X': return Kind.PAD_ALIGN;
            case ' ': return Kind.NOP;
            case '<', '=': little = true; return Kind.NOP;
            case '>': little = false; return Kind.NOP;
            case '!': maxAlign = sizeLimited(NATIVE_MAX_ALIGN); return Kind.NOP;
            default: throw L.error("invalid format option '" + (char) c + "'");
        }
    }

    /**
     * The decimal number at the cursor, or {@code def} if there is none. Digits stop being
     * read once the value would pass {@link #MAX_SIZE}: the rest is then the next option.
     */
    private int number(int def) {
        if (at >= end || !isDigit(fmt[at])) return def;
        int a = 0;
        do {
            a = a * 10 + (fmt[at++] - '0');
        } while (at < end && isDigit(fmt[at]) && a <= (MAX_SIZE - 9) / 10);
        return a;
    }

    private int sizeLimited(int def) {
        int n = number(def);
        if (n > MAX_INT_SIZE || n <= 0) {
            throw L.error("integral size (" + n + ") out of limits [1," + MAX_INT_SIZE + "]");
        }
        return n;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
