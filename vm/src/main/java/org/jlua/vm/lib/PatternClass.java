package org.jlua.vm.lib;

/**
 * Character classes of Lua patterns ({@code %a}, {@code [a-z%d]}, ...) over bytes, with the
 * C locale's ctype meaning: only ASCII has classes, bytes 0x80..0xFF belong to none.
 */
final class PatternClass {
    private static final int ALPHA = 1, CNTRL = 2, DIGIT = 4, LOWER = 8, PUNCT = 16,
            SPACE = 32, UPPER = 64, XDIGIT = 128;

    /** ctype bits for bytes 0..127. */
    private static final int[] CTYPE = new int[128];

    static {
        for (int c = 0; c < 128; c++) {
            int bits = 0;
            if (c < 32 || c == 127) bits |= CNTRL;
            if (c >= '0' && c <= '9') bits |= DIGIT | XDIGIT;
            if (c >= 'a' && c <= 'z') bits |= LOWER | ALPHA;
            if (c >= 'A' && c <= 'Z') bits |= UPPER | ALPHA;
            if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) bits |= XDIGIT;
            if (c == ' ' || (c >= '\t' && c <= '\r')) bits |= SPACE;
            boolean graph = c > 32 && c < 127;
            if (graph && (bits & (ALPHA | DIGIT)) == 0) bits |= PUNCT;
            CTYPE[c] = bits;
        }
    }

    private PatternClass() {
    }

    private static boolean has(int c, int bits) {
        return c < 128 && (CTYPE[c] & bits) != 0;
    }

    static boolean isDigit(int c) {
        return has(c, DIGIT);
    }

    static boolean isAlpha(int c) {
        return has(c, ALPHA);
    }

    static boolean isAlnum(int c) {
        return has(c, ALPHA | DIGIT);
    }

    static boolean isControl(int c) {
        return has(c, CNTRL);
    }

    /**
     * Whether byte {@code c} (0..255) is in the class named by the letter after '%'. A
     * letter that names no class stands for itself; an upper-case class letter is the
     * complement of its lower-case class.
     */
    static boolean matches(int c, int classLetter) {
        boolean in;
        switch (classLetter | 0x20) {
            case 'a' -> in = has(c, ALPHA);
            case 'c' -> in = has(c, CNTRL);
            case 'd' -> in = has(c, DIGIT);
            case 'g' -> in = has(c, ALPHA | DIGIT | PUNCT);
            case 'l' -> in = has(c, LOWER);
            case 'p' -> in = has(c, PUNCT);
            case 's' -> in = has(c, SPACE);
            case 'u' -> in = has(c, UPPER);
            case 'w' -> in = has(c, ALPHA | DIGIT);
            case 'x' -> in = has(c, XDIGIT);
            case 'z' -> in = c == 0; // deprecated, still accepted by Lua 5.4
            default -> {
                return classLetter == c;
            }
        }
        return has(classLetter, UPPER) != in;
    }

    /**
     * Whether byte {@code c} is in the set {@code pattern[open..close]}, where {@code open}
     * is the '[' and {@code close} the ']' that ends it.
     */
    static boolean inSet(int c, byte[] pattern, int open, int close) {
        int p = open + 1;
        boolean negated = p < close && pattern[p] == '^';
        if (negated) p++;
        for (; p < close; p++) {
            int pc = pattern[p] & 0xFF;
            if (pc == '%') {
                p++;
                if (matches(c, pattern[p] & 0xFF)) return !negated;
            } else if (p + 2 < close && pattern[p + 1] == '-') {
                if (pc <= c && c <= (pattern[p + 2] & 0xFF)) return !negated;
                p += 2;
            } else if (pc == c) {
                return !negated;
            }
        }
        return negated;
    }
}
