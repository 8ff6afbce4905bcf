package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 as Lua 5.4 extends it: sequences of up to six bytes for code points up to
 * 0x7FFFFFFF. Strict decoding also rejects surrogates and anything past 0x10FFFF; lax
 * decoding accepts every well-formed, shortest sequence.
 */
final class Utf8 {
    static final long MAX_UNICODE = 0x10FFFF;
    static final long MAX_UTF = 0x7FFFFFFF;
    /** The smallest code point that needs 1 + index bytes; a smaller one is an overlong form. */
    private static final long[] LIMITS = {0xFFFFFFFFL, 0x80, 0x800, 0x10000, 0x200000, 0x4000000};

    private Utf8() {
    }

    /** True if {@code s[i]} is a continuation byte (10xxxxxx); past the end counts as not. */
    static boolean isContinuation(byte[] s, int i) {
        return i < s.length && (s[i] & 0xC0) == 0x80;
    }

    /**
     * Decodes the sequence starting at {@code s[i]}: the code point in the low 32 bits and
     * the index just past the sequence in the high 32 bits, or -1 if it is invalid. A
     * sequence cut short by the end of the string is invalid, as if a NUL followed it.
     */
    static long decode(byte[] s, int i, boolean strict) {
        int c = s[i] & 0xFF;
        long code;
        int count = 0;
        if (c < 0x80) {
            code = c;
        } else {
            code = 0;
            // each 1 bit after the leading one announces a continuation byte
            for (; (c & 0x40) != 0; c <<= 1) {
                count++;
                if (!isContinuation(s, i + count)) return -1;
                code = (code << 6) | (s[i + count] & 0x3F);
            }
            code |= (long) (c & 0x7F) << (count * 5);
            if (count > 5 || code > MAX_UTF || code < LIMITS[count]) return -1;
        }
        if (strict && (code > MAX_UNICODE || (code >= 0xD800 && code <= 0xDFFF))) return -1;
        return ((long) (i + count + 1) << 32) | code;
    }

    /** The code point of a {@link #decode} result. */
    static long codeOf(long decoded) {
        return decoded & 0xFFFFFFFFL;
    }

    /** The index after the sequence of a {@link #decode} result. */
    static int nextOf(long decoded) {
        return (int) (decoded >>> 32);
    }

    /** Appends the encoding of {@code x} (at most {@link #MAX_UTF}), as Lua's "%U" writes it. */
    static void encode(long x, ByteArrayOutputStream out) {
        if (x < 0x80) {
            out.write((int) x);
            return;
        }
        byte[] buf = new byte[6];
        int n = 0;
        // the largest value that still fits in the first byte shrinks by one bit per continuation byte
        int firstByteMax = 0x3F;
        do {
            buf[buf.length - ++n] = (byte) (0x80 | (x & 0x3F));
            x >>= 6;
            firstByteMax >>= 1;
        } while (x > firstByteMax);
        buf[buf.length - ++n] = (byte) ((~firstByteMax << 1) | x);
        out.write(buf, buf.length - n, n);
    }

    /** Lua's relative string position: negative counts from the end, too negative becomes 0. */
    static long relativePosition(long pos, int len) {
        if (pos >= 0) return pos;
        if (pos < -(long) len) return 0;
        return len + pos + 1;
    }
}
