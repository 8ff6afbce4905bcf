package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.jlua.vm.Arith;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Numerals;

/**
 * The formats of io.read, file:read and the lines iterators: "n", "l", "L", "a" (each
 * with an optional leading '*') and byte counts.
 */
final class IoRead {
    /** Longest numeral "n" reads (L_MAXLENNUM); a longer one fails. */
    static final int MAX_NUMERAL = 200;

    private IoRead() {
    }

    /**
     * Reads {@code formats} (boxed values; none means one "l") from {@code f} and pushes a
     * value for each, stopping after the first that fails, which gives nil. A read error
     * gives nil, message, errno instead. {@code firstArg} is the argument number of
     * {@code formats[0]}, for messages. Returns the number of values pushed.
     */
    static int read(LuaThread L, LuaFile f, Object[] formats, int firstArg) {
        IoFailure failure = null;
        int pushed = 0;
        if (formats.length == 0) {
            try {
                pushLine(L, f, false);
                pushed = 1;
            } catch (IOException e) {
                failure = IoFailure.of(e);
            }
        } else {
            boolean success = true;
            for (int i = 0; i < formats.length && success; i++) {
                Object format = formats[i];
                int arg = firstArg + i;
                char kind = formatKind(L, format, arg);
                try {
                    success = readOne(L, f, kind, format);
                } catch (IOException e) {
                    // as after a C read error: the format's value is what came before, the loop
                    // stops, and the error is reported below
                    if (failure == null) failure = IoFailure.of(e);
                    L.pushNil();
                    success = kind == 'a';
                }
                pushed++;
            }
        }
        if (failure != null) {
            L.top -= pushed;
            return IoLib.failure(L, failure, null);
        }
        return pushed;
    }

    /** 'c' for a count, or the format letter; raises the argument errors. */
    private static char formatKind(LuaThread L, Object format, int arg) {
        if (format instanceof Long) return 'c';
        if (format instanceof Double d) {
            if (Arith.floatToInteger(d) == null) throw L.argError(arg, "number has no integer representation");
            return 'c';
        }
        if (!(format instanceof LuaString s)) {
            throw L.argError(arg, "string expected, got " + L.objTypeName(format));
        }
        int i = s.length() > 0 && s.byteAt(0) == '*' ? 1 : 0;
        char c = i < s.length() ? (char) s.byteAt(i) : '\0';
        if (c != 'n' && c != 'l' && c != 'L' && c != 'a') throw L.argError(arg, "invalid format");
        return c;
    }

    /** Reads one format, pushing its value (nil when it fails); true if it succeeded. */
    private static boolean readOne(LuaThread L, LuaFile f, char kind, Object format) throws IOException {
        switch (kind) {
            case 'c': {
                long n = format instanceof Long l ? l : Arith.floatToInteger((Double) format);
                // C takes the count as a size_t and allocates it first: a negative one is beyond any memory
                if (n < 0) throw new LuaError("not enough memory");
                return n == 0 ? testEof(L, f) : pushChars(L, f, n);
            }
            case 'n':
                return pushNumber(L, f);
            case 'l':
                return pushLine(L, f, false);
            case 'L':
                return pushLine(L, f, true);
            default: {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                f.read(out, -1);
                L.pushString(LuaString.wrap(out.toByteArray()));
                return true;
            }
        }
    }

    /** A line, or nil at the end of the file (an empty last line without a newline is no line). */
    private static boolean pushLine(LuaThread L, LuaFile f, boolean keepNewline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean newline = f.readLine(out, keepNewline);
        if (!newline && out.size() == 0) {
            L.pushNil();
            return false;
        }
        L.pushString(LuaString.wrap(out.toByteArray()));
        return true;
    }

    /** Up to {@code n} bytes; nil at the end. */
    private static boolean pushChars(LuaThread L, LuaFile f, long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long got = f.read(out, n);
        if (got == 0) {
            L.pushNil();
            return false;
        }
        L.pushString(LuaString.wrap(out.toByteArray()));
        return true;
    }

    /** A count of 0: "" unless at the end of the file. */
    private static boolean testEof(LuaThread L, LuaFile f) throws IOException {
        int c = f.getc();
        if (c < 0) {
            L.pushNil();
            return false;
        }
        f.ungetc();
        L.pushString(LuaString.EMPTY);
        return true;
    }

    /**
     * "n": reads the longest prefix that can start a numeral (after white space: a sign,
     * "0x", digits, a point, an exponent with its sign), at most {@link #MAX_NUMERAL}
     * bytes, and converts it as Lua does; the byte after it stays unread.
     */
    private static boolean pushNumber(LuaThread L, LuaFile f) throws IOException {
        NumeralReader r = new NumeralReader(f);
        Object value = r.read();
        if (value == null) {
            L.pushNil();
            return false;
        }
        L.push(value);
        return true;
    }

    /** The state of one "n" read: the bytes taken so far and one byte of look-ahead. */
    private static final class NumeralReader {
        private final LuaFile f;
        private final byte[] buf = new byte[MAX_NUMERAL];
        private int n;
        private int c;
        private boolean overflow;

        NumeralReader(LuaFile f) {
            this.f = f;
        }

        Object read() throws IOException {
            do {
                c = f.getc();
            } while (isSpace(c));
            test2('-', '+');
            int count = 0;
            boolean hex = false;
            if (test2('0', '0')) {
                if (test2('x', 'X')) hex = true;
                else count = 1; // the '0' is a digit
            }
            count += digits(hex);
            if (test2('.', '.')) count += digits(hex);
            if (count > 0 && (hex ? test2('p', 'P') : test2('e', 'E'))) {
                test2('-', '+');
                digits(false);
            }
            if (c >= 0) f.ungetc();
            if (overflow) return null;
            return Numerals.parse(buf, 0, n);
        }

        /** Takes the look-ahead byte and reads the next; false (and the numeral invalid) when too long. */
        private boolean next() throws IOException {
            if (n >= MAX_NUMERAL) {
                overflow = true;
                return false;
            }
            buf[n++] = (byte) c;
            c = f.getc();
            return true;
        }

        private boolean test2(char a, char b) throws IOException {
            return (c == a || c == b) && next();
        }

        private int digits(boolean hex) throws IOException {
            int count = 0;
            while ((hex ? isHexDigit(c) : isDigit(c)) && next()) count++;
            return count;
        }

        private static boolean isSpace(int c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isHexDigit(int c) {
            return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }
}
